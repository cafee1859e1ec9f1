using System.Text;

namespace Cms.Search.Analysis;

/// <summary>A term as <see cref="AnalysisMemo"/> keeps it: one instance per distinct term, so a document's distinct
/// terms are told apart by a mark rather than by hashing every occurrence, its loose key is made once, and its UTF-8
/// bytes (what Lucene indexes) are encoded once rather than at every occurrence.</summary>
internal sealed class MemoTerm(string text)
{
    public string Text { get; } = text;

    public byte[] Utf8 { get; } = Encoding.UTF8.GetBytes(text);

    /// <summary>The loose key, once asked for.</summary>
    public MemoTerm? Loose { get; set; }

    /// <summary>The last document (<see cref="AnalysisMemo.NextDocument"/>) that used the term.</summary>
    public int Document { get; set; }

    /// <summary>The last document whose loose keys included this term as a key.</summary>
    public int LooseDocument { get; set; }
}
