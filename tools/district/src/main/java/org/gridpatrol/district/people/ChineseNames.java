package org.gridpatrol.district.people;

import java.util.HashSet;
import java.util.Random;
import java.util.Set;

/**
 * Plausible, distinct Chinese personal names: a surname drawn with the skew of real frequencies
 * (王, 李, 张 … far more often than the tail) and a one- or two-character given name.
 */
final class ChineseNames {

    /** The common surnames, most frequent first. */
    private static final String SURNAMES =
            "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程魏苏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛段雷侯龙史陶黎贺顾毛郝龚邵万钱严武戴莫孔汤";
    private static final String GIVEN =
            "伟芳娜敏静丽强磊军洋勇艳杰涛明超秀霞平刚桂华建国志文斌浩宇鹏辉飞鑫波宁琳婷凯俊峰亮红玉兰晨阳帅雪梅龙海东晓春林新成云庆忠德";

    private final Random random;
    private final Set<String> used = new HashSet<>();

    ChineseNames(Random random) {
        this.random = random;
    }

    String next() {
        for (int attempt = 0; attempt < 1000; attempt++) {
            double r = random.nextDouble();
            String name = SURNAMES.charAt((int) (SURNAMES.length() * r * r)) + given();
            if (used.add(name)) {
                return name;
            }
        }
        throw new IllegalStateException("no new name after 1000 draws");
    }

    private String given() {
        char a = GIVEN.charAt(random.nextInt(GIVEN.length()));
        if (random.nextInt(100) < 35) {
            return String.valueOf(a);
        }
        char b;
        do {
            b = GIVEN.charAt(random.nextInt(GIVEN.length()));
        } while (b == a);
        return "" + a + b;
    }
}
