using System.Runtime.InteropServices;

namespace Cms.Search.Searching.Ranking;

/// <summary>SQLite's <c>Fts5PhraseIter</c>: where xPhraseFirst/xPhraseNext are in a phrase's positions.</summary>
[StructLayout(LayoutKind.Sequential)]
internal unsafe struct Fts5PhraseIter
{
    public byte* A;
    public byte* B;
}
