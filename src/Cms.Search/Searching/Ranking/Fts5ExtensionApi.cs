using System.Runtime.InteropServices;

namespace Cms.Search.Searching.Ranking;

/// <summary>The head of SQLite's <c>Fts5ExtensionApi</c> struct (fts5.h), up to the members a ranking function
/// reads; its layout only ever grows at the end.</summary>
[StructLayout(LayoutKind.Sequential)]
internal unsafe struct Fts5ExtensionApi
{
    public int Version;
    public nint UserData;
    public delegate* unmanaged<nint, int> ColumnCount;
    public delegate* unmanaged<nint, long*, int> RowCount;
    public delegate* unmanaged<nint, int, long*, int> ColumnTotalSize;
    public nint Tokenize;
    public delegate* unmanaged<nint, int> PhraseCount;
    public nint PhraseSize;
    public delegate* unmanaged<nint, int*, int> InstCount;
    public delegate* unmanaged<nint, int, int*, int*, int*, int> Inst;
}
