package io.github.bulletinextractor.rules;

import static io.github.bulletinextractor.rules.Fixtures.*;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.bulletinextractor.model.Attachment;
import io.github.bulletinextractor.model.Bulletin;
import io.github.bulletinextractor.model.Distribution;
import io.github.bulletinextractor.model.Section;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Distribution list, print run and attachments after the body. */
class BackMatterRulesTest {

    private static final String ATTACHMENT_TITLE = "2023年度省级政务服务大厅先进窗口单位";

    @Test
    @DisplayName("报：/发： split at 、 and ，, brackets kept whole, trailing 。 dropped")
    void reportAndIssueLists() {
        Bulletin bulletin = parse(
                WEEKLY_MASTHEAD,
                WEEKLY_BODY,
                "报：省政务管理办公室、省级相关部门（单位）、省中心领导。",
                "发：省级相关部门（单位）窗口，省直部门办事大厅，省中心各处（室）、直属单位。",
                "（共印103份）");

        assertThat(bulletin.distribution())
                .isEqualTo(new Distribution(
                        List.of("省政务管理办公室", "省级相关部门（单位）", "省中心领导"),
                        List.of(),
                        List.of("省级相关部门（单位）窗口", "省直部门办事大厅", "省中心各处（室）", "直属单位")));
    }

    @Test
    @DisplayName("送： goes to copyTo")
    void copyToList() {
        Bulletin bulletin =
                parse(WEEKLY_MASTHEAD, WEEKLY_BODY, "报：中心领导。", "送：各相关省级部门（单位），中心各处（室）、直属单位。", "发：各部门窗口。", "（共印 94 份）");

        assertThat(bulletin.distribution())
                .isEqualTo(
                        new Distribution(List.of("中心领导"), List.of("各相关省级部门（单位）", "中心各处（室）", "直属单位"), List.of("各部门窗口")));
    }

    @Test
    @DisplayName("a 、 or ， inside brackets does not split a recipient")
    void separatorInsideBracketsDoesNotSplit() {
        Bulletin bulletin = parse(WEEKLY_MASTHEAD, WEEKLY_BODY, "发：各市（州）、县（市、区）政务服务管理部门，省中心各处（室）。");

        assertThat(bulletin.distribution().issueTo()).containsExactly("各市（州）", "县（市、区）政务服务管理部门", "省中心各处（室）");
    }

    @Test
    @DisplayName("no distribution lines: all three lists empty, copies null")
    void noBackMatter() {
        Bulletin bulletin = parse(WEEKLY_MASTHEAD, WEEKLY_BODY);

        assertThat(bulletin.distribution()).isEqualTo(new Distribution(List.of(), List.of(), List.of()));
        assertThat(bulletin.copies()).isNull();
        assertThat(bulletin.attachments()).isEmpty();
    }

    @ParameterizedTest(name = "{0} gives {1}")
    @CsvSource({"（共印103份）,103", "（共印 94 份）,94", "(共印100份),100"})
    @DisplayName("the print run gives the number of copies")
    void printRunGivesTheNumberOfCopies(String printRun, int expected) {
        Bulletin bulletin = parse(WEEKLY_MASTHEAD, WEEKLY_BODY, "报：省中心领导。", printRun);

        assertThat(bulletin.copies()).isEqualTo(expected);
    }

    @Test
    @DisplayName("an attachment page (附件, title, lines) gives title and text; the reference adds no second one")
    void attachmentPageGivesTitleAndText() {
        Bulletin bulletin = parse(
                WEEKLY_MASTHEAD,
                WEEKLY_BODY,
                "附件：" + ATTACHMENT_TITLE,
                "附件",
                ATTACHMENT_TITLE,
                "省发展改革委 经济和信息化厅",
                "公安厅 民政厅",
                "司法厅 自然资源厅",
                "报：省政务管理办公室、省级相关部门（单位）、省中心领导。",
                "（共印103份）");

        assertThat(bulletin.attachments())
                .containsExactly(new Attachment(ATTACHMENT_TITLE, "省发展改革委 经济和信息化厅\n公安厅 民政厅\n司法厅 自然资源厅"));
        assertThat(bulletin.distribution().reportTo()).containsExactly("省政务管理办公室", "省级相关部门（单位）", "省中心领导");
        assertThat(bulletin.copies()).isEqualTo(103);
    }

    @Test
    @DisplayName("an attachment page at the very end of the text still gives title and text")
    void attachmentPageAtEnd() {
        Bulletin bulletin = parse(WEEKLY_MASTHEAD, WEEKLY_BODY, "附件", ATTACHMENT_TITLE, "省发展改革委 经济和信息化厅", "公安厅 民政厅");

        assertThat(bulletin.attachments()).containsExactly(new Attachment(ATTACHMENT_TITLE, "省发展改革委 经济和信息化厅\n公安厅 民政厅"));
    }

    @Test
    @DisplayName("附件：title with no attachment page gives an attachment whose text is null")
    void attachmentReferenceOnly() {
        Bulletin bulletin = parse(
                WEEKLY_MASTHEAD, WEEKLY_BODY, "附件：" + ATTACHMENT_TITLE, "报：省政务管理办公室、省级相关部门（单位）、省中心领导。", "（共印103份）");

        assertThat(bulletin.attachments()).containsExactly(new Attachment(ATTACHMENT_TITLE, null));
        assertThat(bulletin.sections()).hasSize(1);
        assertThat(bulletin.sections().get(0).children()).hasSize(1);
        assertThat(bulletin.sections().get(0).children().get(0).text()).isEqualTo("本周，省中心组织召开窗口首席事务代表工作例会。");
    }

    @Test
    @DisplayName("附件 alone on a line, no title after it, gives no attachment, and the 报： line after it is still read")
    void aStrayAttachmentMarkerGivesNoAttachment() {
        Bulletin bulletin = parse("第 1 期", "一、甲", "（一）乙。", "附件", "报：中心领导。");

        assertThat(bulletin.attachments()).isEmpty();
        assertThat(bulletin.distribution().reportTo()).containsExactly("中心领导");
    }

    @Test
    @DisplayName("附件1：… and 附件2：… references give two attachments without text")
    void numberedAttachmentMarkers() {
        Bulletin bulletin = parse(WEEKLY_MASTHEAD, WEEKLY_BODY, "附件1：先进窗口单位名单", "附件2：先进个人名单", "报：省中心领导。");

        assertThat(bulletin.attachments())
                .containsExactly(new Attachment("先进窗口单位名单", null), new Attachment("先进个人名单", null));
    }

    @Test
    @DisplayName("附件：1.… followed by 2.… on the next line gives two attachments, not a section 2.")
    void numberedAttachmentListContinuedOnNextLine() {
        Bulletin bulletin = parse(WEEKLY_MASTHEAD, WEEKLY_BODY, "附件：1.先进窗口单位名单", "2.先进个人名单", "报：省中心领导。");

        assertThat(bulletin.attachments())
                .containsExactly(new Attachment("先进窗口单位名单", null), new Attachment("先进个人名单", null));
        assertThat(bulletin.sections().get(0).children().get(0).children()).isEmpty();
        assertThat(bulletin.warnings()).isEmpty();
    }

    @Test
    @DisplayName("（名单见附件） stays in its section's text and is neither a section nor an attachment")
    void listSeeAttachmentStaysInText() {
        Bulletin bulletin = parse(
                WEEKLY_MASTHEAD,
                "一、政务工作动态",
                "（一）近日，省政府办公厅印发通报，对省发展改革委、经济和信息化厅等 20个省级政务服务大厅先进窗口单位予以通报表扬。",
                "（名单见附件）",
                "（二）本周，省中心组织召开窗口首席事务代表工作例会。",
                "报：省中心领导。");

        assertThat(bulletin.sections()).hasSize(1);
        List<Section> items = bulletin.sections().get(0).children();
        assertThat(items).extracting(Section::label).containsExactly("（一）", "（二）");
        assertThat(items.get(0).text())
                .isEqualTo("近日，省政府办公厅印发通报，对省发展改革委、经济和信息化厅等 20个省级政务服务大厅先进窗口单位予以通报表扬。" + "\n（名单见附件）");
        assertThat(items.get(0).children()).isEmpty();
        assertThat(bulletin.attachments()).isEmpty();
        assertThat(bulletin.distribution().reportTo()).containsExactly("省中心领导");
    }
}
