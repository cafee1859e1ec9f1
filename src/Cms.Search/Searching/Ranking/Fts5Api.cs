using System.Runtime.InteropServices;

namespace Cms.Search.Searching.Ranking;

/// <summary>The head of SQLite's <c>fts5_api</c> struct (fts5.h), up to the member we call.</summary>
[StructLayout(LayoutKind.Sequential)]
internal unsafe struct Fts5Api
{
    public int Version;
    public nint CreateTokenizer;
    public nint FindTokenizer;
    public delegate* unmanaged[Cdecl]<Fts5Api*, byte*, nint, delegate* unmanaged[Cdecl]<Fts5ExtensionApi*, nint, nint, int, nint*, void>, nint, int> CreateFunction;
}
