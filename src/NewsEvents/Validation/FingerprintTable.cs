using System.Buffers.Binary;

namespace NewsEvents.Validation;

/// <summary>
/// A set of 64-bit fingerprints in a table of exactly their number, for <see cref="FingerprintIdBook"/>:
/// counted in one pass over a stream (<see cref="Tally"/>), placed in the next (<see cref="Place"/>), each
/// in one of 65,536 buckets named by its top 16 bits so that only the 48 bits below are stored (6 bytes),
/// then each bucket sorted (<see cref="Seal"/>). Nothing is copied to grow and no slot is left unused.
/// A table of statements holds each one's speaker beside it (8 bytes more).
/// </summary>
/// <param name="withSpeakers">Whether each fingerprint comes with a speaker's.</param>
internal sealed class FingerprintTable(bool withSpeakers)
{
    private const int BucketBits = 16;
    private const int Buckets = 1 << BucketBits;
    private const int RestBytes = (64 - BucketBits) / 8;
    private const ulong RestMask = (1UL << (64 - BucketBits)) - 1;

    // Each rest is read as eight bytes: the last one needs two bytes after it.
    private const int ReadSlack = sizeof(ulong) - RestBytes;
    private const string Changed = "The records changed between the passes: a stream validated in flat memory must give the same records each time it is read.";

    // While counting, how many fingerprints fall in each bucket (at bucket + 1), then summed so that
    // each bucket ends where the next starts. Placing fills each bucket from its end: the entry at
    // bucket + 1 moves down to where the bucket starts, where it stays. Null while the table is empty.
    private int[]? _bounds;
    private byte[] _rests = [];
    private ulong[] _speakers = [];
    private long _count;
    private long _placed;

    // The sum of the fingerprints counted, less that of those placed: with the counts, what tells that
    // the same fingerprints came in both passes (but for a chance of 2^-64: fingerprints are seeded afresh in each process).
    private ulong _unplaced;

    /// <summary>The number of fingerprints counted.</summary>
    public long Count => _count;

    /// <summary>First pass: counts a fingerprint in its bucket.</summary>
    public void Tally(ulong fingerprint)
    {
        (_bounds ??= new int[Buckets + 1])[Bucket(fingerprint) + 1]++;
        _count++;
        _unplaced += fingerprint;
    }

    /// <summary>Ends the count: makes the table the size of what was counted, ready for <see cref="Place"/>.</summary>
    /// <exception cref="InvalidOperationException">More fingerprints were counted than one table can hold.</exception>
    public void Size()
    {
        if (_bounds is null)
        {
            return;
        }

        if (_count > (Array.MaxLength - ReadSlack) / RestBytes)
        {
            Guard.State($"A collection of {_count} ids is more than one stream's validation in flat memory holds ({(Array.MaxLength - ReadSlack) / RestBytes}).");
        }

        for (var b = 1; b <= Buckets; b++)
        {
            _bounds[b] += _bounds[b - 1];
        }

        _rests = new byte[(_count * RestBytes) + ReadSlack];
        _speakers = withSpeakers ? new ulong[_count] : [];
    }

    /// <summary>Second pass: places a fingerprint counted in the first (and its speaker's, in a table of statements).</summary>
    /// <exception cref="InvalidOperationException">More fingerprints were placed than counted: the records changed.</exception>
    public void Place(ulong fingerprint, ulong speaker = 0)
    {
        // A bucket given more than it was counted would overwrite the one before it: the count and the
        // sum tell at Seal, and nothing is read from the table before.
        if (_bounds is null || ++_placed > _count || _bounds[Bucket(fingerprint) + 1] == 0)
        {
            Guard.State(Changed);
            return;
        }

        _unplaced -= fingerprint;
        var slot = --_bounds[Bucket(fingerprint) + 1];
        WriteRest(slot, fingerprint);
        if (withSpeakers)
        {
            _speakers[slot] = speaker;
        }
    }

    /// <summary>Ends the placing: sorts each bucket and adds to <paramref name="repeated"/> every fingerprint placed more than once.</summary>
    /// <exception cref="InvalidOperationException">Other fingerprints were placed than counted: the records changed.</exception>
    public void Seal(HashSet<ulong> repeated)
    {
        if (_bounds is null)
        {
            return;
        }

        if (_placed != _count || _unplaced != 0)
        {
            Guard.State(Changed);
        }

        // Each bucket now starts at bucket + 1: move the starts down to where Find looks for them.
        _bounds.AsSpan(1).CopyTo(_bounds);
        _bounds[Buckets] = (int)_count;
        var largest = 0;
        for (var b = 0; b < Buckets; b++)
        {
            largest = Math.Max(largest, _bounds[b + 1] - _bounds[b]);
        }

        var rests = new ulong[largest];
        var speakers = new ulong[withSpeakers ? largest : 0];
        for (var b = 0; b < Buckets; b++)
        {
            var (start, length) = (_bounds[b], _bounds[b + 1] - _bounds[b]);
            if (length > 1)
            {
                SortBucket(start, rests.AsSpan(0, length), speakers.AsSpan(0, withSpeakers ? length : 0), (ulong)b << (64 - BucketBits), repeated);
            }
        }
    }

    /// <summary>Whether the table holds <paramref name="fingerprint"/>, and the speaker's beside it (0 when the table has none).</summary>
    public bool Find(ulong fingerprint, out ulong speaker)
    {
        speaker = 0;
        if (_bounds is null)
        {
            return false;
        }

        var bucket = Bucket(fingerprint);
        var wanted = fingerprint & RestMask;
        int low = _bounds[bucket], high = _bounds[bucket + 1] - 1;
        while (low <= high)
        {
            var middle = low + ((high - low) >> 1);
            var at = Rest(middle);
            if (at == wanted)
            {
                speaker = withSpeakers ? _speakers[middle] : 0;
                return true;
            }

            if (at < wanted)
            {
                low = middle + 1;
            }
            else
            {
                high = middle - 1;
            }
        }

        return false;
    }

    private static int Bucket(ulong fingerprint) => (int)(fingerprint >> (64 - BucketBits));

    private ulong Rest(int slot) => BinaryPrimitives.ReadUInt64LittleEndian(_rests.AsSpan(slot * RestBytes)) & RestMask;

    /// <summary>Writes the low 48 bits of <paramref name="value"/> into a slot, and not a byte past it: the next slot may be filled already.</summary>
    private void WriteRest(int slot, ulong value)
    {
        var rest = _rests.AsSpan(slot * RestBytes, RestBytes);
        BinaryPrimitives.WriteUInt32LittleEndian(rest, (uint)value);
        BinaryPrimitives.WriteUInt16LittleEndian(rest[sizeof(uint)..], (ushort)(value >> 32));
    }

    private void SortBucket(int start, Span<ulong> rests, Span<ulong> speakers, ulong top, HashSet<ulong> repeated)
    {
        for (var i = 0; i < rests.Length; i++)
        {
            rests[i] = Rest(start + i);
        }

        if (withSpeakers)
        {
            _speakers.AsSpan(start, rests.Length).CopyTo(speakers);
            rests.Sort(speakers);
            speakers.CopyTo(_speakers.AsSpan(start));
        }
        else
        {
            rests.Sort();
        }

        for (var i = 0; i < rests.Length; i++)
        {
            WriteRest(start + i, rests[i]);
            if (i > 0 && rests[i] == rests[i - 1])
            {
                repeated.Add(top | rests[i]);
            }
        }
    }
}
