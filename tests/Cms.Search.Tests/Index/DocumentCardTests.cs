using Cms.Search.Index;

namespace Cms.Search.Tests.Index;

public sealed class DocumentCardTests
{
    [Fact]
    public void Reads_back_what_it_wrote()
    {
        var document = new SearchDocument(
            7, "osh-platform", "ky", "news", new DateTime(2023, 5, 1, 6, 0, 0, DateTimeKind.Utc), "Title", "slug", "", "",
            ["Ош", "Ош", " Ала-Тоо "], ["диалог"], [], null);

        var card = DocumentCard.Parse(DocumentCard.Format(document));
        var facets = new List<string>();
        card.ForEachFacet((isPlace, value) => facets.Add((isPlace ? "place " : "tag ") + value.ToString()));

        Assert.Equal(("osh-platform", "ky", "news", "2023", "2023-05-01T06:00:00Z"), (card.StoryKey, card.Language, card.Kind, card.Year, card.PublishedAt));
        Assert.Equal(["place Ош", "place Ала-Тоо", "tag диалог"], facets);
    }

    [Fact]
    public void Separators_inside_values_cannot_break_the_card()
    {
        var document = new SearchDocument(
            1, "a\u001Fb", "ru", "news", new DateTime(2024, 1, 1, 0, 0, 0, DateTimeKind.Utc), "", "s", "", "", ["x\u001Ey"], [], [], null);

        var card = DocumentCard.Parse(DocumentCard.Format(document));
        var facets = new List<string>();
        card.ForEachFacet((_, value) => facets.Add(value.ToString()));

        Assert.Equal("a b", card.StoryKey);
        Assert.Equal(["x y"], facets);
    }
}
