using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Text;
using Microsoft.Data.Sqlite;

namespace Cms.Search.Searching.Ranking;

/// <summary>
/// <c>cms_rank(search_fts, length, w0, …, w4)</c>: FTS5's BM25 with column weights, without the inverse document
/// frequency, and with the document's length (in tokens) passed in rather than looked up.
/// FTS5's own bm25() first counts, once per query, every row that contains each phrase: a full pass over the posting
/// lists of a common word, dearer than ranking the thousand rows we look at. Every word of an AND query must match
/// anyway, and frequency saturation keeps one repeated word from outweighing several different ones. The length
/// comes from the row the query joins anyway; FTS5 would seek it in its own size table, row by row.
/// Lower is better, as with bm25().
/// </summary>
internal static unsafe class RankFunction
{
    public const string Name = "cms_rank";

    private const double K1 = 1.2;
    private const double B = 0.75;

    /// <summary>Registers the function on the connection's native handle. Once per handle: pooling keeps it.</summary>
    public static void Register(SqliteConnection connection)
    {
        var db = connection.Handle?.DangerousGetHandle() ?? throw new InvalidOperationException("The connection is not open.");
        if (Sqlite3.LibVersionNumber() != SQLitePCL.raw.sqlite3_libversion_number())
        {
            throw new InvalidOperationException(
                "The SQLite library Microsoft.Data.Sqlite uses is not e_sqlite3 of the pinned SQLitePCLRaw bundle; the ranking function cannot be registered.");
        }

        Fts5Api* api = null;
        nint statement;
        fixed (byte* sql = "SELECT fts5(?1)\0"u8)
        {
            Check(Sqlite3.PrepareV2(db, sql, -1, out statement, 0), "prepare");
        }

        try
        {
            fixed (byte* type = "fts5_api_ptr\0"u8)
            {
                Check(Sqlite3.BindPointer(statement, 1, &api, type, 0), "bind");
                if (Sqlite3.Step(statement) != Sqlite3.Row || api is null)
                {
                    throw new InvalidOperationException("This SQLite has no FTS5.");
                }
            }
        }
        finally
        {
            _ = Sqlite3.Finalize(statement);
        }

        fixed (byte* name = "cms_rank\0"u8)
        {
            Check(api->CreateFunction(api, name, 0, &Rank, 0), "create function");
        }
    }

    [UnmanagedCallersOnly(CallConvs = [typeof(CallConvCdecl)])]
    private static void Rank(Fts5ExtensionApi* api, nint fts, nint context, int argumentCount, nint* arguments)
    {
        try
        {
            var settings = (RankSettings*)api->GetAuxdata(fts, 0);
            if (settings is null)
            {
                settings = Settings(api, fts, argumentCount, arguments);
            }

            var length = argumentCount > 0 ? Sqlite3.ValueDouble(arguments[0]) : settings->AverageLength;
            var norm = K1 * (1 - B + (B * length / settings->AverageLength));
            var score = 0.0;
            for (var phrase = 0; phrase < settings->Phrases; phrase++)
            {
                // Walk the phrase's own positions in this row: cheaper than FTS5 merging every phrase's
                // instances into one array (xInst).
                var frequency = 0.0;
                Fts5PhraseIter iterator;
                int column, offset;
                Check(api->PhraseFirst(fts, phrase, &iterator, &column, &offset), "xPhraseFirst");
                while (column >= 0)
                {
                    if (column < settings->Columns)
                    {
                        frequency += settings->Weights[column];
                    }

                    api->PhraseNext(fts, &iterator, &column, &offset);
                }

                score += frequency * (K1 + 1) / (frequency + norm);
            }

            Sqlite3.ResultDouble(context, -score);
        }
#pragma warning disable CA1031 // an exception must not cross into SQLite's native frames: it becomes the statement's error
        catch (Exception e)
#pragma warning restore CA1031
        {
            var message = Encoding.UTF8.GetBytes(Name + ": " + e.Message);
            fixed (byte* text = message)
            {
                Sqlite3.ResultError(context, text, message.Length);
            }
        }
    }

    private static RankSettings* Settings(Fts5ExtensionApi* api, nint fts, int argumentCount, nint* arguments)
    {
        long rows, tokens;
        Check(api->RowCount(fts, &rows), "xRowCount");
        Check(api->ColumnTotalSize(fts, -1, &tokens), "xColumnTotalSize");
        var settings = (RankSettings*)NativeMemory.AllocZeroed((nuint)sizeof(RankSettings));
        settings->AverageLength = rows > 0 && tokens > 0 ? (double)tokens / rows : 1.0;
        settings->Columns = Math.Min(api->ColumnCount(fts), RankSettings.MaxColumns);
        settings->Phrases = api->PhraseCount(fts);
        for (var c = 0; c < settings->Columns; c++)
        {
            settings->Weights[c] = c + 1 < argumentCount ? Sqlite3.ValueDouble(arguments[c + 1]) : 1.0;
        }

        var code = api->SetAuxdata(fts, settings, &Free);
        if (code != Sqlite3.Ok)
        {
            // SQLite has already freed it through Free.
            throw new InvalidOperationException($"FTS5 xSetAuxdata failed with SQLite code {code}.");
        }

        return settings;
    }

    [UnmanagedCallersOnly(CallConvs = [typeof(CallConvCdecl)])]
    private static void Free(void* settings) => NativeMemory.Free(settings);

    private static void Check(int code, string step)
    {
        if (code != Sqlite3.Ok)
        {
            throw new InvalidOperationException($"FTS5 {step} failed with SQLite code {code}.");
        }
    }
}
