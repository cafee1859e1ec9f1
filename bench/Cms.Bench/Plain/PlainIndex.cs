using System.Globalization;
using Cms.Search.Index;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Store;
using Lucene.Net.Util;

namespace Cms.Bench.Plain;

/// <summary>Writes the plain Lucene.Net index: one document per translation, its text stored, default settings.</summary>
internal sealed class PlainIndex : IDisposable
{
    private readonly FSDirectory directory;
    private readonly IndexWriter writer;

    public PlainIndex(string path)
    {
        directory = FSDirectory.Open(path);
        writer = new IndexWriter(directory, new IndexWriterConfig(LuceneVersion.LUCENE_48, PlainFields.CreateAnalyzer())
        {
            OpenMode = OpenMode.CREATE,
        });
    }

    /// <summary>Safe to call from several threads at once.</summary>
    public void Add(SearchDocument source)
    {
        var language = PlainFields.Languages.Contains(source.Language, StringComparer.Ordinal) ? source.Language : "ky";
        writer.AddDocument(new Document
        {
            new StringField(PlainFields.Id, source.Id.ToString(CultureInfo.InvariantCulture), Field.Store.YES),
            new StringField(PlainFields.Language, language, Field.Store.YES),
            new TextField(PlainFields.Title(language), source.Title, Field.Store.YES),
            new TextField(PlainFields.Summary(language), source.Summary, Field.Store.YES),
            new TextField(PlainFields.Body(language), source.Body, Field.Store.YES),
        });
    }

    public void Commit() => writer.Commit();

    public void Dispose()
    {
        writer.Dispose();
        directory.Dispose();
    }
}
