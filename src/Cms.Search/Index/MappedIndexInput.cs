using System.IO.MemoryMappedFiles;
using Lucene.Net.Store;

namespace Cms.Search.Index;

/// <summary>One index file, mapped read-only; each buffer refill is a copy out of the map (no system call). Clones
/// share the map and are never tracked; only the input <see cref="Open"/> returned unmaps it. A clone used after that
/// fails with <see cref="ObjectDisposedException"/> (the view is a safe handle), never with a fault.</summary>
internal sealed class MappedIndexInput : BufferedIndexInput
{
    private readonly MemoryMappedFile? map;
    private readonly MemoryMappedViewAccessor? view;
    private readonly long length;
    private bool isClone;

    private MappedIndexInput(string description, MemoryMappedFile? map, MemoryMappedViewAccessor? view, long length, IOContext context)
        : base(description, context)
    {
        this.map = map;
        this.view = view;
        this.length = length;
    }

    public override long Length => length;

    public static MappedIndexInput Open(string file, IOContext context)
    {
        var description = "MappedIndexInput(path=\"" + file + "\")";
        using var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        var length = stream.Length;
        if (length == 0)
        {
            return new MappedIndexInput(description, null, null, 0, context); // a file of no bytes cannot be mapped
        }

        var map = MemoryMappedFile.CreateFromFile(stream, null, 0, MemoryMappedFileAccess.Read, HandleInheritability.None, leaveOpen: true);
        try
        {
            return new MappedIndexInput(description, map, map.CreateViewAccessor(0, 0, MemoryMappedFileAccess.Read), length, context);
        }
        catch
        {
            map.Dispose();
            throw;
        }
    }

    public override object Clone()
    {
        var clone = (MappedIndexInput)base.Clone();
        clone.isClone = true;
        return clone;
    }

    protected override void ReadInternal(byte[] b, int offset, int length)
    {
        var position = Position;
        if (position + length > this.length)
        {
            throw new EndOfStreamException($"read past EOF: {this} (position {position}, {length} bytes, length {this.length})");
        }

        if (length > 0)
        {
            view!.SafeMemoryMappedViewHandle.ReadSpan((ulong)(view.PointerOffset + position), b.AsSpan(offset, length));
        }
    }

    protected override void SeekInternal(long pos)
    {
        // The next ReadInternal reads from Position; nothing to move.
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing && !isClone)
        {
            view?.Dispose();
            map?.Dispose();
        }
    }
}
