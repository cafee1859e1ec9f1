using Cms.Search.Index;
using Lucene.Net.Store;

namespace Cms.Search.Tests.Index;

/// <summary>The directory the index reads through: what was written reads back byte for byte, across buffer refills,
/// seeks and clones; reading past the end and reading after the file is closed fail with the exceptions Lucene expects.</summary>
public sealed class MappedDirectoryTests : IDisposable
{
    private readonly DirectoryInfo folder = System.IO.Directory.CreateTempSubdirectory("cms-mapped-");
    private readonly MappedDirectory directory;

    public MappedDirectoryTests() => directory = new MappedDirectory(folder, NoLockFactory.GetNoLockFactory());

    public void Dispose()
    {
        directory.Dispose();
        folder.Delete(recursive: true);
    }

    [Fact]
    public void What_was_written_reads_back_across_refills_seeks_and_clones()
    {
        var bytes = Enumerable.Range(0, 10_000).Select(i => (byte)(i * 31 % 251)).ToArray();
        using (var output = directory.CreateOutput("data", IOContext.DEFAULT))
        {
            output.WriteBytes(bytes, bytes.Length);
            output.WriteVInt32(123_456_789);
            output.WriteInt64(-42);
        }

        using var input = directory.OpenInput("data", IOContext.DEFAULT);
        Assert.Equal(bytes.Length + 4 + 8, input.Length);
        var read = new byte[bytes.Length];
        input.ReadBytes(read, 0, 700);
        input.ReadBytes(read, 700, read.Length - 700);
        Assert.Equal(bytes, read);
        Assert.Equal(123_456_789, input.ReadVInt32());
        Assert.Equal(-42, input.ReadInt64());

        input.Seek(5_000);
        var clone = (IndexInput)input.Clone();
        Assert.Equal(bytes[5_000], input.ReadByte());
        Assert.Equal(bytes[5_000], clone.ReadByte());
        clone.Seek(9_999);
        Assert.Equal(bytes[9_999], clone.ReadByte());
        Assert.Equal(bytes[5_001], input.ReadByte());
    }

    [Fact]
    public void Reading_past_the_end_is_an_end_of_stream()
    {
        using (var output = directory.CreateOutput("short", IOContext.DEFAULT))
        {
            output.WriteBytes([1, 2, 3], 3);
        }

        using (var output = directory.CreateOutput("empty", IOContext.DEFAULT))
        {
        }

        using var input = directory.OpenInput("short", IOContext.DEFAULT);
        input.Seek(2);
        Assert.Equal(3, input.ReadByte());
        Assert.Throws<EndOfStreamException>(() => input.ReadByte());
        using var empty = directory.OpenInput("empty", IOContext.DEFAULT);
        Assert.Equal(0, empty.Length);
        Assert.Throws<EndOfStreamException>(() => empty.ReadByte());
    }

    [Fact]
    public void A_clone_used_after_its_file_was_closed_fails_cleanly()
    {
        using (var output = directory.CreateOutput("closed", IOContext.DEFAULT))
        {
            output.WriteBytes(new byte[4_096], 4_096);
        }

        var input = directory.OpenInput("closed", IOContext.DEFAULT);
        var clone = (IndexInput)input.Clone();
        input.Dispose();
        Assert.Throws<ObjectDisposedException>(() => clone.ReadByte());
    }

    [Fact]
    public void A_file_deleted_while_open_still_reads()
    {
        using (var output = directory.CreateOutput("deleted", IOContext.DEFAULT))
        {
            output.WriteBytes([7, 8, 9], 3);
        }

        using var input = directory.OpenInput("deleted", IOContext.DEFAULT);
        directory.DeleteFile("deleted");
        Assert.Equal(7, input.ReadByte());
    }
}
