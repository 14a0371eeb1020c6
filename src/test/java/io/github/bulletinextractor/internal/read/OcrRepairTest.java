package io.github.bulletinextractor.internal.read;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OcrRepairTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            2024 年 第 12 期 〈总 第 483 期)        | 2024年第12期（总第483期）
            2024年第12期 “总第 483 期)              | 2024年第12期（总第483期）
            2024年第12期总第483期)                  | 2024年第12期（总第483期）
            2024年第12期（总第483期）                | 2024年第12期（总第483期）
            (3 月 25 日 一 3 月 29 日)              | （3月25日—3月29日）
            （3月25日-3月29日）                      | （3月25日—3月29日）
            3月25一29日                             | 3月25—29日
            - 、 政务工作动态                        | 一、政务工作动态
            （-）近日,省政府办公厅印发               | （一）近日，省政府办公厅印发
            (1) 受理 1,838 件;办结 5.42 万件        | （1）受理1,838件；办结5.42万件
            二O二四年四月八日                        | 二〇二四年四月八日
            二0二四年                               | 二〇二四年
            ２０２４年4月8日                         | 2024年4月8日
            2O24年第1O期                            | 2024年第10期
            一 1 一                                 | — 1 —
            1一                                     | — 1 —
            《四) 本周，经济和信息化厅印发           | （四）本周，经济和信息化厅印发
            三、厅《局) 长进大厅                     | 三、厅（局）长进大厅
            印发《关于表扬2023年度》的通报            | 印发《关于表扬2023年度》的通报
            一:2025 年 3 月总体运行情况              | 一、2025年3月总体运行情况
            二. 政务工作动态                         | 二、政务工作动态
            四川省政府政务服务和公\\共资源交易服务中心 | 四川省政府政务服务和公共资源交易服务中心
            (一 ) 3 月 18 日 ，省委副书记             | （一）3月18日，省委副书记
            12月16日—12月20目）                     | 12月16日—12月20日）
            （一）12月16上日，省中心召开              | （一）12月16日，省中心召开
            中心2024时12月25日                       | 中心2024年12月25日
            2024年第50期《（总第521期）              | 2024年第50期（总第521期）
            。二、“高效办成一件事”专项行动          | 二、“高效办成一件事”专项行动
            ” 调研指导工作，详细了解                | 调研指导工作，详细了解
            _通办事项范围、软硬件需求                | 通办事项范围、软硬件需求
            “电子证照”的效力                        | “电子证照”的效力
            三）其他工作开展情况                     | （三）其他工作开展情况
            二) 着装情况                            | （二）着装情况
            三）                                   | 三）
            五、厅“局）长进大厅                      | 五、厅（局）长进大厅
            发：省中心各处“（室）、直属单位。         | 发：省中心各处（室）、直属单位。
            报：省级相关部门单位）、省中心领导。      | 报：省级相关部门（单位）、省中心领导。
            与47个省直部门（单位）梳理，各市（州）    | 与47个省直部门（单位）梳理，各市（州）
            各处室）和厅（局）                      | 各处（室）和厅（局）
            “直达快享”实施方案》（川办函             | “直达快享”实施方案》（川办函
            一、拧窗改革攻坚行动                      | 一、综窗改革攻坚行动
            四、大厅巡碍情况                         | 四、大厅巡查情况
            三、厅（局）.长进大厅                     | 三、厅（局）长进大厅
            报：省中心令导。                         | 报：省中心领导。
            报：省级相关部门单位）、省中心领导。      | 报：省级相关部门（单位）、省中心领导。
            四川和省政府政务服务和公共资庆交易服务中心 | 四川省政府政务服务和公共资源交易服务中心
            自然次源厅窗口                           | 自然资源厅窗口
            成都市生态环境局                         | 成都市生态环境局
            其它工作开展情况                         | 其它工作开展情况
            省中心领导。人刘                         | 省中心领导。人刘
            共完成1146个办理项                       | 共完成1146个办理项
            报：中心领导。                           | 报：中心领导。
            送：中心各处（室）、直属单位。            | 送：中心各处（室）、直属单位。
            发：省中心各处（（室）、直属单位。        | 发：省中心各处（室）、直属单位。
            “三、厅（局）长进大厅                     | 三、厅（局）长进大厅
            “（二）按时到岗情况                      | （二）按时到岗情况
            （五3月19日，公安厅召开                    | （五）3月19日，公安厅召开
            (=) 3月23日省政府办公厅印发              | （二）3月23日省政府办公厅印发
            （五）3月19日                           | （五）3月19日
            第8其                                  | 第8期
            2024年第12其（总第483其）                 | 2024年第12期（总第483期）
            其他工作开展情况                         | 其他工作开展情况
            ETC 2 办理                              | ETC 2办理
            Page 2 of 4                             | Page 2 of 4
            共印 1 0 0 份                           | 共印100份
            """)
    void repairsWhatOcrDoesToChinesePrint(String ocr, String printed) {
        assertThat(OcrRepair.line(ocr)).isEqualTo(printed);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            >
            — ·
            """)
    void dropsSpecksReadAsALineOfMarks(String ocr) {
        assertThat(OcrRepair.line(ocr)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            一、政务工作动态
            二十一、其他
            1.6月7日，省中心召开会议
            咨询1838人次，同比增长5.6%
            """)
    void leavesPrintAsItIs(String printed) {
        assertThat(OcrRepair.line(printed)).isEqualTo(printed);
    }

    @org.junit.jupiter.api.Test
    void aWordTheLineBreakSplitsIsPutBackAcrossTheLines() {
        assertThat(OcrWords.correctedAcross("发：省直部门办事大厅，省中心各处", "（宝）、直属单位。"))
                .containsExactly("发：省直部门办事大厅，省中心各处", "（室）、直属单位。");
        assertThat(OcrWords.correctedAcross("报：省中心领", "导。")).containsExactly("报：省中心领", "导。");
        assertThat(OcrWords.correctedAcross("本周，共计咨询1838人次", "受理951件")).containsExactly("本周，共计咨询1838人次", "受理951件");
    }
}
