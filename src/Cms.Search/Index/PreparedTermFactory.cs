using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Util;

namespace Cms.Search.Index;

/// <summary>Attributes for <see cref="TermStream"/>: its term is a <see cref="PreparedTermAttribute"/>; the others
/// (position increment, offsets, which the indexer adds) are Lucene's own.</summary>
internal sealed class PreparedTermFactory : AttributeSource.AttributeFactory
{
    public static PreparedTermFactory Instance { get; } = new();

    public override Lucene.Net.Util.Attribute CreateAttributeInstance<T>() =>
        typeof(T) == typeof(ITermToBytesRefAttribute)
            ? new PreparedTermAttribute()
            : AttributeSource.AttributeFactory.DEFAULT_ATTRIBUTE_FACTORY.CreateAttributeInstance<T>();
}
