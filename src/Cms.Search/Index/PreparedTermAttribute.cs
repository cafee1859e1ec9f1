using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Util;

namespace Cms.Search.Index;

/// <summary>A term whose UTF-8 bytes were encoded once, when the analysis memo first met it: Lucene reads them as they
/// are (its own term attribute copies the characters and encodes them again at every occurrence).</summary>
internal sealed class PreparedTermAttribute : Lucene.Net.Util.Attribute, ITermToBytesRefAttribute
{
    public BytesRef BytesRef { get; } = new();

    /// <summary>Lucene reads <see cref="BytesRef"/> right after this: it already holds the term.</summary>
    public void FillBytesRef()
    {
    }

    /// <summary>The next term: <paramref name="utf8"/> is only read, never written, by the indexer.</summary>
    public void Use(byte[] utf8)
    {
        BytesRef.Bytes = utf8;
        BytesRef.Offset = 0;
        BytesRef.Length = utf8.Length;
    }

    public override void Clear() => Use([]);

    public override void CopyTo(IAttribute target)
    {
        var other = (PreparedTermAttribute)target;
        other.BytesRef.Bytes = BytesRef.Bytes;
        other.BytesRef.Offset = BytesRef.Offset;
        other.BytesRef.Length = BytesRef.Length;
    }
}
