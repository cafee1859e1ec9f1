namespace Cms.Web.Data.Sqlite;

/// <summary>
/// An exclusive lock on a file next to the database, held while migrating. The operating system drops it when its
/// process dies (even by kill -9), unlike EF's row in <c>__EFMigrationsLock</c>; so whoever holds the gate knows that
/// any such row was left by a dead process. Waiting for a live holder is logged, and gives up after a while.
/// </summary>
internal static class MigrationGate
{
    private static readonly TimeSpan Poll = TimeSpan.FromMilliseconds(200);

    public static async Task<FileStream> AcquireAsync(string path, TimeSpan patience, Action waiting, CancellationToken cancellationToken)
    {
        var deadline = DateTime.UtcNow + patience;
        var logged = false;
        while (true)
        {
            try
            {
                return new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None, 1, FileOptions.None);
            }
            catch (IOException) when (DateTime.UtcNow < deadline)
            {
                if (!logged)
                {
                    waiting();
                    logged = true;
                }

                await Task.Delay(Poll, cancellationToken);
            }
            catch (IOException ex)
            {
                throw new InvalidOperationException(
                    $"Another process has been migrating the database for {patience.TotalSeconds:0} s (it holds {path}); stop it or wait, then start again.", ex);
            }
        }
    }
}
