package io.github.bulletinextractor.internal.normalise;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.bulletinextractor.internal.classify.BlockClassifier;
import io.github.bulletinextractor.internal.classify.NumberingStyles;
import io.github.bulletinextractor.internal.read.SourceLine;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class NormaliserTest {

    private final Normaliser normaliser = new Normaliser(new BlockClassifier(NumberingStyles.standard()));

    private List<String> paragraphs(String... lines) {
        return normaliser
                .paragraphs(
                        Arrays.stream(lines).map(l -> new SourceLine(l, null)).toList())
                .stream()
                .map(Paragraph::text)
                .toList();
    }

    /** Lines of a page set at about 28 characters, as PDF extractions of these bulletins give them. */
    private static final String[] WRAPPED = {
        "一、综窗改革攻坚行动",
        "",
        "（一）省本级综窗办件情况",
        "",
        "本周，共计咨询 1838人次、受理 951件、颁发 8834件、流",
        "",
        "转 1794件次。今年以来，累计咨询 15985人次、受理 7200件、",
        "",
        "颁发 50854件、流转 84588次。",
        "",
        "（二）事项授权及受理手册编制推进情况",
        "",
        "完成省卫生健康委 4个办理项的受理工作手册编制。截至目",
        "",
        "前，共完成 1146个办理项的受理工作手册编制，占比 69.67%。",
        "",
        "（三）其它工作开展情况",
        "",
        "1.与四川省税务局对接“省内通办”工作，就窗口设置、通",
        "",
        "办事项范围、软硬件需求、宣传工作等作沟通交流。",
        "",
        "2.启动民政厅、人力资源社会保障厅、住房城乡建设厅、退",
        " 役军人事务厅、省医保局等分中心相关政务服务事项的受理工作",
        "",
        "手册梳理工作。",
    };

    @Test
    void joinsLinesThePageWrappedWithoutSpaces() {
        assertThat(paragraphs(WRAPPED))
                .containsExactly(
                        "一、综窗改革攻坚行动",
                        "（一）省本级综窗办件情况",
                        "本周，共计咨询 1838人次、受理 951件、颁发 8834件、流转 1794件次。今年以来，累计咨询 15985人次、受理 7200件、"
                                + "颁发 50854件、流转 84588次。",
                        "（二）事项授权及受理手册编制推进情况",
                        "完成省卫生健康委 4个办理项的受理工作手册编制。截至目前，共完成 1146个办理项的受理工作手册编制，占比 69.67%。",
                        "（三）其它工作开展情况",
                        "1.与四川省税务局对接“省内通办”工作，就窗口设置、通办事项范围、软硬件需求、宣传工作等作沟通交流。",
                        "2.启动民政厅、人力资源社会保障厅、住房城乡建设厅、退役军人事务厅、省医保局等分中心相关政务服务事项的受理工作手册梳理工作。");
    }

    @Test
    void removesPageNumbers() {
        List<String> lines = new java.util.ArrayList<>(Arrays.asList(WRAPPED));
        lines.add(5, "— 2 —");
        lines.add(9, "- 3 -");
        lines.add(12, "第4页");
        lines.add(14, "5/9");

        assertThat(paragraphs(lines.toArray(String[]::new))).isEqualTo(paragraphs(WRAPPED));
    }

    @Test
    void wholeParagraphTextKeepsItsParagraphsAndRejoinsPageBreaks() {
        assertThat(paragraphs(
                        "一、2025 年 3 月总体运行情况",
                        "",
                        "3 月，省本级办理政务服务事项 5.6 万件。各进驻部门（单位）窗口共受理政务服务事项全程网办 5.42 万件。",
                        "",
                        "二、政务工作动态",
                        "",
                        "（一）3 月 18 日，省委副书记、省长施小琳专题调研推进数字政府建设，听取人力资源社会保障",
                        "",
                        "障厅和成都市相关工作汇报。",
                        "",
                        "(二)3月31日，省政府召开常务会议。"))
                .containsExactly(
                        "一、2025 年 3 月总体运行情况",
                        "3 月，省本级办理政务服务事项 5.6 万件。各进驻部门（单位）窗口共受理政务服务事项全程网办 5.42 万件。",
                        "二、政务工作动态",
                        "（一）3 月 18 日，省委副书记、省长施小琳专题调研推进数字政府建设，听取人力资源社会保障障厅和成都市相关工作汇报。",
                        "(二)3月31日，省政府召开常务会议。");
    }

    @Test
    void markdownResidueIsRemovedAndHeadingsStandAlone() {
        assertThat(paragraphs(
                        "# 窗口工作周报",
                        "## 政务服务工作",
                        "### **（三）推进情况**",
                        "1\\.收集汇总《工作联系表》。",
                        "**（一）按时到岗情况。**总体情况良好。",
                        "---",
                        "报：中心领导。"))
                .containsExactly("窗口工作周报", "政务服务工作", "（三）推进情况", "1.收集汇总《工作联系表》。", "（一）按时到岗情况。总体情况良好。", "报：中心领导。");
    }

    @Test
    void boldLeadIsRemembered() {
        Paragraph paragraph = normaliser
                .paragraphs(List.of(new SourceLine("**（一）按时到岗情况。**总体情况良好。", null)))
                .get(0);

        assertThat(paragraph.boldLead()).isEqualTo("（一）按时到岗情况。".length());
    }

    @Test
    void blankLinesSeparateParagraphsWhereLinesAlsoFollowEachOther() {
        String[] lines = {"本周，窗口运行平稳，各部门按要求完成了", "值守工作，情况良好", "", "下周，将继续做好值守", "和服务工作，确保运行"};

        assertThat(paragraphs(lines)).containsExactly("本周，窗口运行平稳，各部门按要求完成了值守工作，情况良好", "下周，将继续做好值守和服务工作，确保运行");
        // Where every line is followed by a blank one, blank lines say nothing.
        assertThat(paragraphs("本周，窗口运行平稳，各部门按要求完成了", "", "值守工作，情况良好", "", "下周，将继续做好值守"))
                .containsExactly("本周，窗口运行平稳，各部门按要求完成了值守工作，情况良好下周，将继续做好值守");
    }

    @Test
    void theLineAfter附件IsTheAttachmentsTitleWhereLinesHaveNoMeasure() {
        assertThat(paragraphs(
                        "一、政务工作动态",
                        "",
                        "（一）6 月 26 日，省中心通报 2023 年 6 月窗口“好差评”情况，各窗口好评率均在 99% 以上，其中综合窗口收到评价 9871 件。",
                        "",
                        "附件",
                        "",
                        "2023年6月省政务服务大厅窗口“好差评”情况",
                        "",
                        "窗口名称　评价数（件）　好评率",
                        "",
                        "综合窗口　9871　99.99%"))
                .containsExactly(
                        "一、政务工作动态",
                        "（一）6 月 26 日，省中心通报 2023 年 6 月窗口“好差评”情况，各窗口好评率均在 99% 以上，其中综合窗口收到评价 9871 件。",
                        "附件",
                        "2023年6月省政务服务大厅窗口“好差评”情况",
                        "窗口名称　评价数（件）　好评率",
                        "综合窗口　9871　99.99%");
    }

    @Test
    void anItemNumberGluedToADateStartsAnItem() {
        assertThat(paragraphs("1.6 月 5 日，生态环境部组织召开全国视频会。", "2.6月7日，省广电局窗口派员到产业基地开展调研。"))
                .containsExactly("1.6 月 5 日，生态环境部组织召开全国视频会。", "2.6月7日，省广电局窗口派员到产业基地开展调研。");
    }

    @Test
    void aWrappedLineStartingWithAnUnexpectedNumberIsNotAnItem() {
        String[] lines = WRAPPED.clone();
        lines[14] = "（5）项的受理工作手册编制，占比 69.67%。共完成 1146个办理";
        List<String> result = paragraphs(lines);

        assertThat(result).anyMatch(p -> p.startsWith("完成省卫生健康委") && p.contains("截至目（5）项"));
    }

    @Test
    void masthead() {
        assertThat(paragraphs(
                        " 2024年第 12 期（总第 483 期）",
                        "",
                        "（3月25日—3月29日）",
                        "",
                        "四川省政府政务服务和公共资源交易服务中心 2024年 4月 8日",
                        "",
                        "一、政务工作动态"))
                .containsExactly(
                        "2024年第 12 期（总第 483 期）", "（3月25日—3月29日）", "四川省政府政务服务和公共资源交易服务中心 2024年 4月 8日", "一、政务工作动态");
    }

    @Test
    void latinWordsWrappedAtALineEndKeepTheirSpace() {
        assertThat(paragraphs("本周，窗口开展 Government", "Service 培训。")).containsExactly("本周，窗口开展 Government Service 培训。");
    }

    /** Lines as a PDF gives them: pages, an indent marking each paragraph start, page numbers at the foot. */
    @Test
    void paginatedLinesRejoinWordsAndNumbersSplitAcrossPages() {
        List<Paragraph> paragraphs = normaliser.paragraphs(List.of(
                new SourceLine("（一）省本级综窗办件情况", 1, true, false, 0),
                new SourceLine("本周，共计咨询 1838人次、受理 951件、颁发 1", 1, true, false, 0),
                new SourceLine("— 1 —", 1),
                new SourceLine("157件、流转 1794件次。今年以来，累计咨询 159", 2),
                new SourceLine("85人次、受理 7200件、颁发 50854件、流转 845", 2),
                new SourceLine("88次。截至目前，共完成 1146个办理项的手册编", 2),
                new SourceLine("制，占比 69.67%，较上周提高三个百分点，进度", 2),
                new SourceLine("符合预期，下周将继续推进相关工作并报告。", 2),
                new SourceLine("（二）事项授权及受理手册编制推进情况", 2, true, false, 0)));

        assertThat(paragraphs)
                .extracting(Paragraph::text)
                .containsExactly(
                        "（一）省本级综窗办件情况",
                        "本周，共计咨询 1838人次、受理 951件、颁发 1157件、流转 1794件次。今年以来，累计咨询 15985人次、"
                                + "受理 7200件、颁发 50854件、流转 84588次。截至目前，共完成 1146个办理项的手册编制，占比 69.67%，"
                                + "较上周提高三个百分点，进度符合预期，下周将继续推进相关工作并报告。",
                        "（二）事项授权及受理手册编制推进情况");
        Paragraph counts = paragraphs.get(1);
        assertThat(counts.page()).isEqualTo(1);
        assertThat(counts.pageAt(counts.text().indexOf("1838"))).isEqualTo(1);
        assertThat(counts.pageAt(counts.text().indexOf("1794"))).isEqualTo(2);
        assertThat(counts.from(counts.text().indexOf("流转")).page()).isEqualTo(2);
    }

    @Test
    void aParagraphEndTheSourceMarksIsAnEnd() {
        assertThat(normaliser
                        .paragraphs(List.of(
                                new SourceLine("本周，窗口运行平稳，各部门按要求完成了", null, true, true, 0),
                                new SourceLine("值守工作，情况良好", null, true, true, 0)))
                        .stream()
                        .map(Paragraph::text)
                        .toList())
                .containsExactly("本周，窗口运行平稳，各部门按要求完成了", "值守工作，情况良好");
    }
}
