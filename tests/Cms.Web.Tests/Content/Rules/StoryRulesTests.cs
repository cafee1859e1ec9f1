using Cms.Web.Content.Rules;
using Cms.Web.Data;
using Cms.Web.Newsroom;

namespace Cms.Web.Tests.Content.Rules;

public sealed class StoryRulesTests
{
    private static readonly StoryFields Good = new(StoryKind.Event, new DateOnly(2023, 5, 15), new DateOnly(2023, 5, 19), ["Ош"], ["IWO, ბერლინი"], "Диалог", ["диалог"]);

    private static IEnumerable<string> FieldsOf(IReadOnlyList<RuleViolation> violations) => violations.Select(v => v.Field);

    [Fact]
    public void Good_fields_and_text_pass()
    {
        Assert.Empty(StoryRules.Check(Good));
        Assert.Empty(StoryRules.Check(new TranslationEdit("Заголовок", null, "Кратко", "Текст.\n\n> цитата\n\n- пункт")));
    }

    [Fact]
    public void Lists_are_bounded_in_count_and_item_length()
    {
        Assert.Equal(["tags"], FieldsOf(StoryRules.Check(Good with { Tags = [.. Enumerable.Range(0, 200_000).Select(i => "t" + i)] })));
        Assert.Empty(StoryRules.Check(Good with { Tags = [.. Enumerable.Range(0, 50).Select(i => "t" + i)] }));
        Assert.Equal(["places"], FieldsOf(StoryRules.Check(Good with { Places = [new string('a', 201)] })));
        Assert.Empty(StoryRules.Check(Good with { Places = [new string('a', 200)] }));
        Assert.Equal(["organisers"], FieldsOf(StoryRules.Check(Good with { Organisers = ["a\nb"] })));
        Assert.Equal(["project"], FieldsOf(StoryRules.Check(Good with { Project = new string('p', 301) })));
        Assert.Equal(["tags"], FieldsOf(StoryRules.Check(Good with { Tags = ["a\uFFFEb"] })));
    }

    [Theory]
    [InlineData(1989, 12, 31, false)]
    [InlineData(1990, 1, 1, true)]
    [InlineData(2100, 12, 31, true)]
    [InlineData(2101, 1, 1, false)]
    public void Event_dates_lie_between_1990_and_2100(int year, int month, int day, bool ok)
    {
        var date = new DateOnly(year, month, day);
        var violations = StoryRules.Check(Good with { EventStart = date, EventEnd = date });

        Assert.Equal(ok, violations.Count == 0);
    }

    [Fact]
    public void An_undefined_kind_an_end_before_the_start_and_a_foreign_image_are_refused()
    {
        Assert.Equal(["kind"], FieldsOf(StoryRules.Check(Good with { Kind = (StoryKind)7 })));
        Assert.Equal(["eventEnd"], FieldsOf(StoryRules.Check(Good with { EventEnd = new DateOnly(2023, 5, 1) })));
        Assert.Equal(["image"], FieldsOf(StoryRules.Check(Good with { Image = "../../etc/passwd" })));
    }

    [Fact]
    public void Texts_are_bounded_and_clean()
    {
        Assert.Equal(["title"], FieldsOf(StoryRules.Check(new TranslationEdit(" ", null, "", ""))));
        Assert.Equal(["title"], FieldsOf(StoryRules.Check(new TranslationEdit(new string('t', 301), null, "", ""))));
        Assert.Equal(["title"], FieldsOf(StoryRules.Check(new TranslationEdit("a\nb", null, "", ""))));
        Assert.Equal(["title"], FieldsOf(StoryRules.Check(new TranslationEdit("a\uFFFF", null, "", ""))));
        Assert.Equal(["summary"], FieldsOf(StoryRules.Check(new TranslationEdit("T", null, new string('s', 1001), ""))));
        Assert.Equal(["body"], FieldsOf(StoryRules.Check(new TranslationEdit("T", null, "", new string('b', 500_001)))));
        Assert.Equal(["body"], FieldsOf(StoryRules.Check(new TranslationEdit("T", null, "", "text \uD800 text"))));
        Assert.Equal(["body"], FieldsOf(StoryRules.Check(new TranslationEdit("T", null, "", string.Concat(Enumerable.Repeat("> ", 128)) + "x"))));
    }
}
