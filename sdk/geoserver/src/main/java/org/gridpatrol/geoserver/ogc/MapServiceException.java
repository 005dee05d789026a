package org.gridpatrol.geoserver.ogc;

/**
 * A map server could not be used. Every subtype carries one sentence in Chinese and one in English that a
 * supervisor or IT staff member can act on; {@link #getMessage()} gives both.
 */
public abstract class MapServiceException extends Exception {
    private static final long serialVersionUID = 1L;
    private final String chinese;
    private final String english;

    /**
     * @param chinese the sentence in Chinese
     * @param english the same sentence in English
     * @param cause   what went wrong underneath, or null
     */
    protected MapServiceException(String chinese, String english, Throwable cause) {
        super(english + " / " + chinese, cause);
        this.chinese = chinese;
        this.english = english;
    }

    /** @return the sentence in Chinese */
    public String chinese() {
        return chinese;
    }

    /** @return the sentence in English */
    public String english() {
        return english;
    }
}
