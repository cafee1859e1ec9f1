using System.Runtime.InteropServices;

namespace Cms.Search.Searching.Ranking;

/// <summary>The head of SQLite's <c>Fts5ExtensionApi</c> struct (fts5.h), up to the members a ranking function
/// calls; its layout only ever grows at the end.</summary>
[StructLayout(LayoutKind.Sequential)]
internal unsafe struct Fts5ExtensionApi
{
    public int Version;
    public nint UserData;
    public delegate* unmanaged[Cdecl]<nint, int> ColumnCount;
    public delegate* unmanaged[Cdecl]<nint, long*, int> RowCount;
    public delegate* unmanaged[Cdecl]<nint, int, long*, int> ColumnTotalSize;
    public nint Tokenize;
    public delegate* unmanaged[Cdecl]<nint, int> PhraseCount;
    public nint PhraseSize;
    public nint InstCount;
    public nint Inst;
    public nint Rowid;
    public nint ColumnText;
    public nint ColumnSize;
    public nint QueryPhrase;
    public delegate* unmanaged[Cdecl]<nint, void*, delegate* unmanaged[Cdecl]<void*, void>, int> SetAuxdata;
    public delegate* unmanaged[Cdecl]<nint, int, void*> GetAuxdata;
    public delegate* unmanaged[Cdecl]<nint, int, Fts5PhraseIter*, int*, int*, int> PhraseFirst;
    public delegate* unmanaged[Cdecl]<nint, Fts5PhraseIter*, int*, int*, void> PhraseNext;
}
