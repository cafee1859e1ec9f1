using System.Runtime.InteropServices;

namespace Cms.Search.Searching;

/// <summary>What a search reads of every matching document, in 16 bytes: four documents to a cache line, so a broad
/// search streams through memory rather than stalling on it. The rank details (publication, translation id) are apart
/// in <see cref="DocRank"/>, read only when a story competes for the top. A document's places are
/// <c>Ords[OrdStart..+PlaceCount]</c> of its segment's facts, its tags the <see cref="TagCount"/> ordinals after them.</summary>
[StructLayout(LayoutKind.Sequential, Pack = 4)]
internal readonly record struct DocFact(
    int Story,
    int OrdStart,
    short Language,
    short Kind,
    short Year,
    byte PlaceCount,
    byte TagCount);
