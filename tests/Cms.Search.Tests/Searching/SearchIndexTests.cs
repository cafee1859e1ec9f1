using Cms.Search.Analysis;
using Cms.Search.Analysis.Common;
using Cms.Search.Index;
using Cms.Search.Searching;
using Microsoft.Data.Sqlite;

namespace Cms.Search.Tests.Searching;

public sealed class SearchIndexTests : IDisposable
{
    private readonly SqliteConnection connection = new("Data Source=:memory:");
    private readonly SearchIndex index = new(IndexFixture.Analyzers);
    private readonly SearchEngine engine = new(IndexFixture.Analyzers);

    public SearchIndexTests() => connection.Open();

    [Fact]
    public void A_document_is_searchable_after_commit_and_gone_after_removal_commits()
    {
        index.EnsureSchema(connection);
        var document = IndexFixture.Documents[0];

        using (var transaction = connection.BeginTransaction())
        {
            using (var writer = index.OpenWriter(connection, transaction))
            {
                writer.Upsert(document);
            }

            transaction.Rollback();
        }

        Assert.Equal(0, engine.Search(connection, new SearchRequest("новостройках")).Total);
        using (var writer = index.OpenWriter(connection))
        {
            writer.Upsert(document);
        }

        Assert.Equal(1, engine.Search(connection, new SearchRequest("новостройках")).Total);
        using (var writer = index.OpenWriter(connection))
        {
            writer.Upsert(document with { Body = "Текст про озеро", Summary = "", Title = "Озеро" });
        }

        Assert.Equal(0, engine.Search(connection, new SearchRequest("новостройках")).Total);
        Assert.Equal(1, engine.Search(connection, new SearchRequest("озеро")).Total);
        using (var writer = index.OpenWriter(connection))
        {
            writer.Remove(document.Id);
        }

        Assert.Equal(0, engine.Search(connection, new SearchRequest("озеро")).Total);
    }

    [Fact]
    public void A_changed_analysis_chain_asks_for_a_rebuild()
    {
        Assert.True(index.EnsureSchema(connection), "a new index needs its first build");
        index.Reset(connection);
        Assert.False(index.EnsureSchema(connection));

        var changed = new Analyzers([new AnalyzerBuilder("ru").Add(new NormalizationFilter()).Build()]);

        Assert.True(new SearchIndex(changed).EnsureSchema(connection));
    }

    public void Dispose() => connection.Dispose();
}
