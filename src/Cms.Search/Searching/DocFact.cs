using System.Runtime.InteropServices;

namespace Cms.Search.Searching;

/// <summary>What a search reads of one matching document, together in one small struct: a search touches one cache line
/// per match rather than one per field (the arrays of separate fields cost a cache miss each on a sparse match set).</summary>
[StructLayout(LayoutKind.Sequential, Pack = 4)]
internal readonly record struct DocFact(
    long Published,
    long TranslationId,
    int Story,
    int PlaceStart,
    int TagStart,
    short Language,
    short Kind,
    short Year,
    byte PlaceCount,
    byte TagCount);
