using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Cms.Search.Searching.Ranking;

/// <summary>
/// The few SQLite C functions Microsoft.Data.Sqlite does not expose, from the native library of the SQLitePCLRaw
/// bundle the project pins (e_sqlite3): the same library whose connection handles they are given.
/// <see cref="RankFunction.Register"/> checks that it is.
/// </summary>
internal static unsafe partial class Sqlite3
{
    private const string Library = "e_sqlite3";

    public const int Ok = 0;

    public const int Row = 100;

    [LibraryImport(Library, EntryPoint = "sqlite3_libversion_number")]
    [UnmanagedCallConv(CallConvs = [typeof(CallConvCdecl)])]
    public static partial int LibVersionNumber();

    [LibraryImport(Library, EntryPoint = "sqlite3_prepare_v2")]
    [UnmanagedCallConv(CallConvs = [typeof(CallConvCdecl)])]
    public static partial int PrepareV2(nint db, byte* sql, int bytes, out nint statement, nint tail);

    [LibraryImport(Library, EntryPoint = "sqlite3_bind_pointer")]
    [UnmanagedCallConv(CallConvs = [typeof(CallConvCdecl)])]
    public static partial int BindPointer(nint statement, int index, void* pointer, byte* type, nint destructor);

    [LibraryImport(Library, EntryPoint = "sqlite3_step")]
    [UnmanagedCallConv(CallConvs = [typeof(CallConvCdecl)])]
    public static partial int Step(nint statement);

    [LibraryImport(Library, EntryPoint = "sqlite3_finalize")]
    [UnmanagedCallConv(CallConvs = [typeof(CallConvCdecl)])]
    public static partial int Finalize(nint statement);

    [LibraryImport(Library, EntryPoint = "sqlite3_value_double")]
    [UnmanagedCallConv(CallConvs = [typeof(CallConvCdecl)])]
    public static partial double ValueDouble(nint value);

    [LibraryImport(Library, EntryPoint = "sqlite3_result_double")]
    [UnmanagedCallConv(CallConvs = [typeof(CallConvCdecl)])]
    public static partial void ResultDouble(nint context, double value);

    [LibraryImport(Library, EntryPoint = "sqlite3_result_error")]
    [UnmanagedCallConv(CallConvs = [typeof(CallConvCdecl)])]
    public static partial void ResultError(nint context, byte* message, int bytes);
}
