package io.github.bulletinextractor.rules;

import io.github.bulletinextractor.BulletinReadException;
import io.github.bulletinextractor.TestData;
import io.github.bulletinextractor.model.Bulletin;

/** Masthead and body lines the rule tests build their bulletins from. */
final class Fixtures {

    static final String PUBLISHER = "四川省政府政务服务和公共资源交易服务中心";

    /** 2024年第12期, 2024-03-25..2024-03-29, published 2024-04-08. */
    static final String WEEKLY_MASTHEAD =
            String.join("\n", "2024年第 12 期（总第 483 期）", "（3月25日—3月29日）", PUBLISHER + " 2024年 4月 8日");

    /** 政务窗口月报 第3期, published 2025-04-24; the period comes from the first heading of the body. */
    static final String MONTHLY_MASTHEAD = String.join("\n", "政务窗口月报", "第 3 期", PUBLISHER, "2025 年 4 月 24 日");

    /** A short numbered body, so that the masthead ends where it should. */
    static final String WEEKLY_BODY = String.join("\n", "一、政务工作动态", "（一）本周，省中心组织召开窗口首席事务代表工作例会。");

    private Fixtures() {}

    /** The record of the lines; a rule's example that is no bulletin at all fails the test. */
    static Bulletin parse(String... lines) {
        try {
            return TestData.PARSER.parse(String.join("\n", lines), "rules.txt");
        } catch (BulletinReadException e) {
            throw new AssertionError(e.getMessage(), e);
        }
    }
}
