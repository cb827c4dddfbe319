namespace NewsEvents.Interop;

/// <summary>Reads a file an importer must hold whole (a PLOVER JSON array, a JSON-LD file), never more than <see cref="ImportOptions.MaxRecordBytes"/> of it.</summary>
internal static class WholeFile
{
    /// <summary>The file's bytes, or null when it is longer than the limit (reading stops one byte past it).</summary>
    public static byte[]? Read(ImportSource source)
    {
        using var stream = source.Open();
        using var copy = new MemoryStream();
        var buffer = new byte[1 << 16];
        int read;
        while ((read = stream.Read(buffer, 0, (int)Math.Min(buffer.Length, ImportOptions.MaxRecordBytes + 1L - copy.Length))) > 0)
        {
            copy.Write(buffer, 0, read);
            if (copy.Length > ImportOptions.MaxRecordBytes)
            {
                return null;
            }
        }

        return copy.ToArray();
    }
}
