using Cms.Search.Analysis;
using Cms.Search.Analysis.Common;
using Cms.Search.Analysis.Loose;
using Cms.Search.Searching;

namespace Cms.Search.Tests.Searching;

public sealed class SnippetBuilderTests
{
    private static readonly Analyzers Analyzers = IndexFixture.Analyzers;

    [Fact]
    public void Marks_inflected_forms_of_the_terms()
    {
        var snippet = Build("ru", "В Оше прошло заседание. Жители Оша пришли на площадь.", "Ош");

        Assert.Contains("<mark>Оше</mark>", snippet, StringComparison.Ordinal);
        Assert.Contains("<mark>Оша</mark>", snippet, StringComparison.Ordinal);
        Assert.DoesNotContain("<mark>Жители</mark>", snippet, StringComparison.Ordinal);
    }

    [Fact]
    public void Marks_a_part_of_a_hyphenated_name()
    {
        var snippet = Build("ru", "Жители массива Ак-Ордо-3 собрались.", "Ордо");

        Assert.Contains("Ак-<mark>Ордо</mark>-3", snippet, StringComparison.Ordinal);
    }

    [Fact]
    public void Marks_a_hyphenated_name_searched_whole()
    {
        var snippet = SnippetBuilder.Build(
            "Жители массива Ак-Ордо-3 собрались.", Analyzers.Neutral, Analyzers.For("ru"), new HashSet<string> { "ак-ордо-3" }, new HashSet<string>());

        Assert.Contains("<mark>Ак-Ордо-3</mark>", snippet, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Во имя отца: имени его не помнят.", "имени", "имя")]
    [InlineData("Пришёл отец.", "отец", "отца")]
    public void Marks_words_whose_short_stem_differs_within_the_first_letters(string text, string word, string query)
    {
        var snippet = Build("ru", text, query);

        Assert.Contains("<mark>" + word + "</mark>", snippet, StringComparison.Ordinal);
    }

    [Fact]
    public void Marks_Georgian_written_in_Mtavruli_without_changing_it()
    {
        var snippet = Build("ka", "ᲗᲑᲘᲚᲘᲡᲘ და ბათუმი", "თბილისი");

        Assert.Contains("<mark>ᲗᲑᲘᲚᲘᲡᲘ</mark>", snippet, StringComparison.Ordinal);
    }

    [Fact]
    public void Escapes_the_text_around_the_marks()
    {
        var snippet = Build("ru", "<b>Ош</b> & диалог", "Ош");

        Assert.Equal("&lt;b&gt;<mark>Ош</mark>&lt;/b&gt; &amp; диалог", snippet);
    }

    [Fact]
    public void Marks_through_loose_keys_when_no_exact_form_is_there()
    {
        var analyzer = Analyzers.For("ky");
        var key = LooseKey.Skeleton(TermNormalizer.Normalize("Bishkek"));
        var snippet = SnippetBuilder.Build(
            "Бишкекте жаштар чогулушту.", Analyzers.Neutral, analyzer, new HashSet<string> { "bishkek" }, new HashSet<string> { key });

        Assert.Contains("<mark>Бишкекте</mark>", snippet, StringComparison.Ordinal);
    }

    [Fact]
    public void A_query_reused_across_texts_and_languages_marks_what_a_fresh_one_marks()
    {
        // One SnippetQuery serves a page's hits and remembers what matched in each word: the same words in another
        // language's text (another stemmer) or found only by loose keys must still be marked as a fresh query would.
        var key = LooseKey.Skeleton(TermNormalizer.Normalize("Bishkek"));
        var terms = new HashSet<string>(StringComparer.Ordinal) { "ош", "бишкек", "собра" };
        var keys = new HashSet<string>(StringComparer.Ordinal) { key };
        string[] texts =
        [
            "В Оше собрались жители. Жители Оша и Бишкека собрались снова, в Оше.",
            "Бишкекте жаштар чогулушту. Ошто да жаштар чогулушту, Бишкекте эмес.",
            "Жители Оша собрались. Собрание в Бишкеке.",
            "Бишкекте Ошто жаштар.",
        ];
        var reused = new SnippetQuery(terms, keys);
        var marked = 0;
        foreach (var round in new[] { 1, 2 })
        {
            foreach (var language in new[] { "ru", "ky" })
            {
                foreach (var text in texts)
                {
                    var expected = SnippetBuilder.Build(text, Analyzers.Neutral, Analyzers.For(language), new SnippetQuery(terms, keys));
                    Assert.Equal(expected, SnippetBuilder.Build(text, Analyzers.Neutral, Analyzers.For(language), reused));
                    marked += expected?.Contains("<mark>", StringComparison.Ordinal) == true ? 1 : 0;
                }
            }
        }

        Assert.True(marked >= 10, $"most texts should have marks, {marked} of 16 had");
    }

    [Fact]
    public void No_match_gives_no_snippet() => Assert.Null(Build("ru", "Совсем другой текст.", "Ош"));

    private static string? Build(string language, string text, string query)
    {
        var analyzer = Analyzers.For(language);
        var terms = analyzer.Analyze(query).Select(t => t.Term).ToHashSet(StringComparer.Ordinal);
        return SnippetBuilder.Build(text, Analyzers.Neutral, analyzer, terms, new HashSet<string>());
    }
}
