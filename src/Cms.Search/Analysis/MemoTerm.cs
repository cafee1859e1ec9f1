namespace Cms.Search.Analysis;

/// <summary>A term as <see cref="AnalysisMemo"/> keeps it: one instance per distinct term, so a document's distinct
/// terms are told apart by a mark rather than by hashing every occurrence, and its loose key is made once.</summary>
internal sealed class MemoTerm(string text)
{
    public string Text { get; } = text;

    /// <summary>The loose key, once asked for.</summary>
    public string? Loose { get; set; }

    /// <summary>The last document (<see cref="AnalysisMemo.NextDocument"/>) that used the term.</summary>
    public int Document { get; set; }
}
