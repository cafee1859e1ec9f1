using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Lucene.Net.Index;

namespace Cms.Search.Searching;

/// <summary>
/// Each segment's term enumerators, per field, lent to one search at a time and kept for the next: Lucene makes a new
/// one for every term of every query in every segment, and with its buffers that was about 300 KB of garbage per
/// search. Keyed by the segment's core (its terms do not change with deletions) and dropped with it.
/// </summary>
internal sealed class TermsEnumCache
{
    private readonly ConditionalWeakTable<object, ConcurrentDictionary<string, ConcurrentBag<TermsEnum>>> segments = [];

    /// <summary>An enumerator over the field's terms in the segment, positioned anywhere; null when the segment has
    /// no such field. Give it back with <see cref="Return"/> when done.</summary>
    public TermsEnum? Take(AtomicReader reader, string field) =>
        Pool(reader, field).TryTake(out var terms) ? terms : reader.GetTerms(field)?.GetEnumerator();

    public void Return(AtomicReader reader, string field, TermsEnum terms) => Pool(reader, field).Add(terms);

    private ConcurrentBag<TermsEnum> Pool(AtomicReader reader, string field) =>
        segments.GetValue(reader.CoreCacheKey, _ => new(StringComparer.Ordinal)).GetOrAdd(field, _ => []);
}
