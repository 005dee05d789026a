package org.gridpatrol.district.street;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Names for the minor streets, drawn without repetition from names a Chinese town would use. */
final class StreetNames {

    private static final List<String> STEMS = List.of(
            "宏业", "光彩", "龙华", "凤凰", "蚌山", "青年", "天桥", "工农", "大庆", "国庆", "华光", "南山",
            "黄山", "燕山", "雪华", "曹山", "张公山", "中荣", "兴业", "长青", "健康", "和平", "红旗", "东升",
            "新华", "民生", "友谊", "文化", "建设", "经一", "经二", "经三", "纬二", "纬三", "纬五", "纬六",
            "二马", "三马", "财院", "体育", "锦绣", "永安", "安康", "桂花", "丁香", "银杏", "紫薇", "海棠",
            "荷花", "学苑", "市府", "粮库", "铁路", "电厂", "纺织", "机床", "玻璃", "利民", "幸福", "前进",
            "团结", "振兴", "明珠", "翠苑", "龙湖", "春晖", "秀水", "朝晖", "南湖", "北苑");

    private final List<String> left = new ArrayList<>(STEMS);
    private final Random random;

    StreetNames(Random random) {
        this.random = random;
    }

    String next(RoadKind kind) {
        if (left.isEmpty()) {
            throw new IllegalStateException("ran out of street names; add stems");
        }
        String stem = left.remove(random.nextInt(left.size()));
        return switch (kind) {
            case ARTERIAL, SECONDARY -> stem + "路";
            case BRANCH -> stem + (random.nextInt(3) == 0 ? "巷" : "街");
        };
    }
}
