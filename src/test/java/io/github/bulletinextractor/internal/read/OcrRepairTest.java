package io.github.bulletinextractor.internal.read;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OcrRepairTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            ？三、厅（局）长进大厅                   | 三、厅（局）长进大厅
            ?三、厅（局）长进大厅                    | 三、厅（局）长进大厅
            。，二、政务工作动态                     | 二、政务工作动态
            ”调研指导工作，详细了解                 | 调研指导工作，详细了解
            _通办事项范围、软硬件需求                | 通办事项范围、软硬件需求
            （3月25日一3月29日）                     | （3月25日—3月29日）
            （6月3日－6月7日）                       | （6月3日—6月7日）
            （一）3月3日一10日，自然资源厅派出工作组  | （一）3月3日—10日，自然资源厅派出工作组
            3月25一29日                             | 3月25—29日
            """)
    void mendsWhatPrintRulesOut(String ocr, String printed) {
        assertThat(OcrRepair.line(ocr)).isEqualTo(printed);
    }

    /** What PP-OCRv4 read right on the scanned fixtures, and lines the old word-list repair damaged. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            一、政务工作动态
            二十一、其他
            1.6月7日，省中心召开会议
            咨询1838人次，同比增长5.6%
            “电子证照”的效力
            2023年度省级政务服务大厅先进窗口单位
            业务培训。广元市场监管局表示，将以此次行政许可案卷评查为契机
            息填报系统进行演示操作。省直有关部门（单位）、各市
            交通运输厅党组书记、厅长
            成都市生态环境局
            （2024年第一批）
            共印100份
            Page 2 of 4
            """)
    void leavesPrintAsItIs(String printed) {
        assertThat(OcrRepair.line(printed)).isEqualTo(printed);
    }
}
