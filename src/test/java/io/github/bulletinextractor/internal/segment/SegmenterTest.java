package io.github.bulletinextractor.internal.segment;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.bulletinextractor.internal.WarningLog;
import io.github.bulletinextractor.internal.classify.BlockClassifier;
import io.github.bulletinextractor.internal.classify.NumberingStyles;
import io.github.bulletinextractor.internal.normalise.Paragraph;
import io.github.bulletinextractor.model.Section;
import io.github.bulletinextractor.model.Warning;
import io.github.bulletinextractor.model.WarningCode;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class SegmenterTest {

    private final Segmenter segmenter = new Segmenter(new BlockClassifier(NumberingStyles.standard()));
    private final WarningLog warnings = new WarningLog();

    private StructuredDocument segment(String... paragraphs) {
        return segmenter.segment(
                Arrays.stream(paragraphs).map(p -> new Paragraph(p, null, 0)).toList(), warnings);
    }

    private static List<Section> sections(StructuredDocument document) {
        return document.sections().stream().map(SectionNode::toSection).toList();
    }

    @Test
    void nestsTheFiveLevels() {
        List<Section> sections = sections(segment(
                "一、综窗改革", "（一）办件情况", "1.受理工作。", "（1）咨询。", "①首问。", "②复核。", "（2）受理。", "2.颁发工作。", "（二）其他", "二、窗口动态"));

        assertThat(sections).extracting(Section::label).containsExactly("一、", "二、");
        Section first = sections.get(0);
        assertThat(first.children()).extracting(Section::label).containsExactly("（一）", "（二）");
        Section items = first.children().get(0);
        assertThat(items.children()).extracting(Section::label).containsExactly("1.", "2.");
        assertThat(items.children().get(0).children())
                .extracting(Section::label)
                .containsExactly("（1）", "（2）");
        assertThat(items.children().get(0).children().get(0).children())
                .extracting(Section::level, Section::ordinal)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(5, 1), org.assertj.core.groups.Tuple.tuple(5, 2));
        assertThat(warnings.toList()).isEmpty();
    }

    @Test
    void titlesRunInTitlesAndBodies() {
        List<Section> sections =
                sections(segment("一、大厅巡查情况", "（一）按时到岗情况。总体情况良好。", "（二）3月，窗口工作正常。", "情况良好。", "（三）数字政府项目建设。按照部署推进。"));

        Section top = sections.get(0);
        assertThat(top.heading()).isEqualTo("大厅巡查情况");
        assertThat(top.text()).isNull();
        assertThat(top.children()).extracting(Section::heading).containsExactly("按时到岗情况", null, "数字政府项目建设");
        assertThat(top.children()).extracting(Section::text).containsExactly("总体情况良好。", "3月，窗口工作正常。\n情况良好。", "按照部署推进。");
    }

    @Test
    void anUnnumberedTitleBeforeALevelOneSectionIsAGroup() {
        StructuredDocument document = segment(
                "窗口工作周报",
                "2023 年第 21 期（总第 441 期）",
                "四川省政府政务服务和公共资源交易服务中心",
                "2023 年 6 月 15 日",
                "政务服务工作",
                "（6 月 5 日—6 月 9 日）",
                "一、综窗改革攻坚行动",
                "二、窗口动态");

        List<Section> sections = sections(document);
        assertThat(sections).hasSize(1);
        assertThat(sections.get(0).level()).isZero();
        assertThat(sections.get(0).label()).isNull();
        assertThat(sections.get(0).heading()).isEqualTo("政务服务工作");
        assertThat(sections.get(0).children()).extracting(Section::label).containsExactly("一、", "二、");
        assertThat(document.masthead())
                .extracting(Paragraph::text)
                .containsExactly(
                        "窗口工作周报",
                        "2023 年第 21 期（总第 441 期）",
                        "四川省政府政务服务和公共资源交易服务中心",
                        "2023 年 6 月 15 日",
                        "（6 月 5 日—6 月 9 日）");
    }

    @Test
    void aGapStaysAGap() {
        List<Section> none = sections(segment("一、动态", "本周，工作正常。", "三、巡查"));
        assertThat(none).extracting(Section::label).containsExactly("一、", "三、");

        List<Section> several = sections(segment("一、动态", "窗口工作", "本周正常。", "综窗改革", "本周正常。", "三、巡查"));
        assertThat(several).extracting(Section::label).containsExactly("一、", "三、");
        assertThat(several.get(0).text()).isEqualTo("窗口工作\n本周正常。\n综窗改革\n本周正常。");
        assertThat(warnings.toList())
                .extracting(Warning::code)
                .containsExactly(WarningCode.NUMBERING_GAP, WarningCode.NUMBERING_GAP);
    }

    @Test
    void notSections() {
        List<Section> sections = sections(segment("一、政务工作动态", "（一）近日，印发通报。", "（名单见附件）", "（二）会议要求，一是讲政治。二是勇担当。"));

        assertThat(sections.get(0).children()).hasSize(2);
        assertThat(sections.get(0).children().get(0).text()).isEqualTo("近日，印发通报。\n（名单见附件）");
    }

    @Test
    void backMatterAndAttachmentNotesLeaveTheBody() {
        StructuredDocument document = segment(
                "一、动态", "（一）本周，窗口运行平稳。", "附件：先进窗口单位名单", "附件", "先进窗口单位名单", "省发展改革委 经济和信息化厅", "报：中心领导。", "（共印103份）");

        assertThat(sections(document).get(0).children().get(0).text()).isEqualTo("本周，窗口运行平稳。");
        assertThat(document.attachmentNotes()).extracting(Paragraph::text).containsExactly("附件：先进窗口单位名单");
        assertThat(document.backMatter())
                .extracting(Paragraph::text)
                .containsExactly("附件", "先进窗口单位名单", "省发展改革委 经济和信息化厅", "报：中心领导。", "（共印103份）");
    }

    @Test
    void warnsOfGapsDuplicatesAndDisorder() {
        segment("一、甲", "（一）甲。", "（三）乙。", "（三）丙。", "（二）丁。", "三、乙");

        assertThat(warnings.toList())
                .extracting(Warning::code)
                .containsExactly(
                        WarningCode.NUMBERING_GAP,
                        WarningCode.NUMBERING_DUPLICATE,
                        WarningCode.NUMBERING_OUT_OF_ORDER,
                        WarningCode.NUMBERING_GAP);
        assertThat(warnings.toList().get(0).message()).contains("（三）").contains("expected 2");
    }

    @Test
    void aFirstItemThatIsNotOneIsAGap() {
        segment("一、甲", "（二）乙。");

        assertThat(warnings.toList()).extracting(Warning::code).containsExactly(WarningCode.NUMBERING_GAP);
    }

    @Test
    void mixedWidthBracketsAreOneStyle() {
        List<Section> sections = sections(segment("一、甲", "（四）丁。", "(五)戊。", "（六）己。"));

        assertThat(sections.get(0).children()).extracting(Section::level).containsOnly(2);
        assertThat(sections.get(0).children()).extracting(Section::label).containsExactly("（四）", "(五)", "（六）");
    }
}
