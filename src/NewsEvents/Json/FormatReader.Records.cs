using System.Text.Json;

namespace NewsEvents.Json;

/// <summary>
/// A dataset document read a record at a time (<see cref="Streaming.DatasetRecords"/>): its members other than the
/// collections, then each item of each collection's array, by the same readers that read it whole.
/// </summary>
internal static partial class FormatReader
{
    /// <summary>
    /// Reads the dataset object in <paramref name="window"/> as <see cref="ReadDataset"/> does, but skips each
    /// collection's array, noting where it starts in the stream in <paramref name="arrays"/> (by the collection's
    /// place among the dataset's collections; -1 when absent): returns the dataset without its collections.
    /// Only white space may follow the object.
    /// </summary>
    /// <exception cref="JsonException">And the other refusals of the fast reader (<see cref="IsRefusal"/>).</exception>
    public static Dataset ReadOutline(JsonWindow window, long[] arrays)
    {
        var r = new FastJsonReader(window);
        r.Next();
        var format = FormatTable.Dataset;
        StartObject(ref r, format);
        var state = DatasetState.Start();
        var seen = 0;
        int index;
        while ((index = NextMember(ref r, format, ref seen)) >= 0)
        {
            if (index >= (int)DatasetMember.Documents)
            {
                if (r.TokenType != JsonTokenType.StartArray)
                {
                    Mismatch(ref r, "a JSON array");
                }

                arrays[index - (int)DatasetMember.Documents] = window.StreamPosition(r.TokenStart);
                r.SkipValue();
            }
            else
            {
                state.Read(ref r, index);
            }

            r.Leave();
        }

        EndObject(ref r, format, seen, r.Problems);
        if (r.Read())
        {
            r.Problem("Only white space may follow the dataset.");
        }

        return state.Build();
    }

    /// <summary>Reads the start of the array in <paramref name="window"/>; returns where the reader stands.</summary>
    public static FastJsonReader.Mark OpenArray(JsonWindow window)
    {
        var r = new FastJsonReader(window);
        r.Next();
        if (r.TokenType != JsonTokenType.StartArray)
        {
            Mismatch(ref r, "a JSON array");
        }

        return r.Save();
    }

    /// <summary>
    /// Reads the next item of the array of <paramref name="collection"/> (a dataset member from
    /// <see cref="DatasetMember.Documents"/> on) from <paramref name="mark"/>, moving it on; null at the
    /// array's end. <paramref name="start"/> and <paramref name="end"/> are where the item lies in the stream.
    /// </summary>
    /// <exception cref="JsonException">And the other refusals of the fast reader (<see cref="IsRefusal"/>).</exception>
    public static object? ReadItem(JsonWindow window, ref FastJsonReader.Mark mark, DatasetMember collection, out long start, out long end)
    {
        var r = new FastJsonReader(window, mark);
        r.Next();
        start = end = 0;
        if (r.TokenType == JsonTokenType.EndArray)
        {
            mark = r.Save();
            return null;
        }

        if (r.TokenType == JsonTokenType.Null)
        {
            NullItem<FastJsonReader, object>(ref r);
        }

        start = window.StreamPosition(r.TokenStart);
        object? item = collection switch
        {
            DatasetMember.Documents => (object?)ReadDocument(ref r),
            DatasetMember.Actors => ReadActor(ref r),
            DatasetMember.Events => ReadEvent(ref r),
            DatasetMember.Statements => ReadStatement(ref r),
            DatasetMember.Claims => ReadClaim(ref r),
            _ => ReadRelation(ref r),
        } ?? throw new JsonException();
        end = window.StreamPosition(r.TokenEnd);
        mark = r.Save();
        return item;
    }
}
