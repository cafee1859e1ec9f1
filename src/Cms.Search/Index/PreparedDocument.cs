namespace Cms.Search.Index;

/// <summary>A document already analysed: analysis is pure, so it can run on another thread than the writer.</summary>
public sealed class PreparedDocument
{
    internal PreparedDocument(SearchDocument document, IndexedFields fields)
    {
        Document = document;
        Fields = fields;
    }

    public SearchDocument Document { get; }

    internal IndexedFields Fields { get; }
}
