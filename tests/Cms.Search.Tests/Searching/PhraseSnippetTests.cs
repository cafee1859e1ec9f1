using Cms.Search.Index;
using Cms.Search.Searching;

namespace Cms.Search.Tests.Searching;

public sealed class PhraseSnippetTests : IDisposable
{
    private readonly TestIndex index = new(IndexFixture.Analyzers,
    [
        new SearchDocument(1, "grants", "ru", "news", new DateTime(2024, 5, 1, 0, 0, 0, DateTimeKind.Utc), "Гранты", "grants", "",
            "Гранты получат не все. В Бишкеке обсудят программу малых грантов. Круглый стол по новостройкам прошёл, гранты раздали.",
            [], [], []),
    ]);

    [Fact]
    public void A_phrase_marks_the_phrase_not_each_occurrence_of_its_words()
    {
        var snippet = Assert.Single(index.Search("\"малых грантов\"").Hits).SnippetHtml;

        Assert.Contains("<mark>малых грантов</mark>", snippet, StringComparison.Ordinal);
        Assert.DoesNotContain("<mark>Гранты</mark>", snippet, StringComparison.Ordinal);
        Assert.DoesNotContain("<mark>гранты</mark>", snippet, StringComparison.Ordinal);
    }

    [Fact]
    public void A_stop_word_inside_a_phrase_is_marked_with_it()
    {
        var snippet = Assert.Single(index.Search("\"круглый стол по новостройкам\"").Hits).SnippetHtml;

        Assert.Contains("<mark>Круглый стол по новостройкам</mark>", snippet, StringComparison.Ordinal);
    }

    [Fact]
    public void A_word_beside_a_phrase_is_marked_wherever_it_is()
    {
        var snippet = Assert.Single(index.Search("\"малых грантов\" Бишкеке").Hits).SnippetHtml;

        Assert.Contains("<mark>Бишкеке</mark>", snippet, StringComparison.Ordinal);
        Assert.Contains("<mark>малых грантов</mark>", snippet, StringComparison.Ordinal);
    }

    public void Dispose() => index.Dispose();
}
