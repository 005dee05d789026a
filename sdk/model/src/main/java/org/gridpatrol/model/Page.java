package org.gridpatrol.model;

import java.util.List;

/**
 * One page of a longer list.
 *
 * @param items  the items of this page, in the list's order
 * @param total  how many items the whole list has
 * @param offset how many items of the list come before this page
 * @param limit  the most items a page holds, as asked for
 * @param <T>    the item type
 */
public record Page<T>(List<T> items, long total, int offset, int limit) {
    public Page {
        items = List.copyOf(items);
    }
}
