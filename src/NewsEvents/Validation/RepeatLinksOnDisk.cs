using System.Runtime.InteropServices;

namespace NewsEvents.Validation;

/// <summary>
/// The repeats-links between claims held on disk, so that what a validation in flat memory holds does not grow
/// with the claims that have such links: only the claims that lead into a circle (none in valid data) come back to
/// memory, for <see cref="RepeatCycles"/> to search as it searches claims held in memory, with the same reports.
/// </summary>
/// <remarks>
/// <para>Each claim with links is a numbered record in a file, and each link one in another, their ids in a third.
/// A link is resolved to the claim that first used its target id by a sort on disk of the ids' fingerprints, each
/// match confirmed by comparing the two ids themselves: no link is ever resolved on a fingerprint alone.</para>
/// <para>Then the claims that cannot reach a circle are struck off: a claim is struck off when every claim it links
/// to is struck off or unknown, in passes over the files, forward and backward in turn, until a pass strikes off
/// none. A depth-first search started at a claim that cannot reach a
/// circle visits only such claims and finds no circle, so striking them off leaves every circle the search finds,
/// and the order it finds them in, as it was. The struck-off claims are one bit each in memory, the only cost of
/// this class that grows with the claims; a chain of links that runs against the files' order both ways takes a
/// pass for each turn.</para>
/// </remarks>
internal sealed class RepeatLinksOnDisk : IDisposable
{
    private const int SliceBytes = 64 * 1024;
    private const long NoText = -1;

    private readonly Func<string, ulong> _fingerprint;
    private readonly FileStream _texts;
    private readonly RecordFile<ClaimRecord> _claims;
    private readonly RecordFile<LinkRecord> _links;
    private readonly ExternalSort<IdEntry> _ids;
    private long _textBytes;

    /// <param name="folder">Where the files go; each is deleted on dispose.</param>
    /// <param name="memoryBytes">The memory of the sort of ids.</param>
    /// <param name="fingerprint">How an id becomes its fingerprint.</param>
    public RepeatLinksOnDisk(string folder, int memoryBytes, Func<string, ulong> fingerprint)
    {
        _fingerprint = fingerprint;
        var name = Path.Combine(folder, $"repeats-{Guid.NewGuid():N}");
        _texts = new FileStream(name + ".ids", FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, SliceBytes, FileOptions.DeleteOnClose);
        _claims = new RecordFile<ClaimRecord>(name + ".claims", SliceBytes);
        _links = new RecordFile<LinkRecord>(name + ".links", SliceBytes);
        _ids = new ExternalSort<IdEntry>(folder, "repeats", memoryBytes);
    }

    /// <summary>Holds a claim's repeats-links (those <see cref="RepeatCycles.Add"/> keeps).</summary>
    public void Add(string? claim, bool first, ItemAt at, ReadOnlySpan<RepeatCycles.Edge> links)
    {
        var number = _claims.Count;
        _claims.Append(new ClaimRecord(WriteText(claim), at.Position, (int)at.Collection, links.Length));
        if (first && claim is not null)
        {
            _ids.Add(new IdEntry(_fingerprint(claim), link: false, number));
        }

        foreach (var link in links)
        {
            _ids.Add(new IdEntry(_fingerprint(link.Target), link: true, _links.Count));
            _links.Append(new LinkRecord(WriteText(link.Target), -1, link.Link));
        }
    }

    /// <summary>Resolves the links, strikes off the claims that cannot reach a circle, and gives the others to <paramref name="search"/>, in order.</summary>
    public void LoadLeadingIntoCircles(RepeatCycles search, CancellationToken cancellationToken)
    {
        Resolve(cancellationToken);
        var struckOff = StrikeOff(cancellationToken);
        var numbers = new Dictionary<long, int>();
        using var links = _links.InOrder().GetEnumerator();
        var number = 0L;
        foreach (var claim in _claims.InOrder())
        {
            var held = IsSet(struckOff, number) ? null : new List<RepeatCycles.Edge>(claim.LinkCount);
            for (var i = 0; i < claim.LinkCount && links.MoveNext(); i++)
            {
                held?.Add(new RepeatCycles.Edge(ReadText(links.Current.Target)!, links.Current.Link, links.Current.To));
            }

            if (held is not null)
            {
                numbers[number] = numbers.Count;
                search.AddResolved(ReadText(claim.Id), new ItemAt((ItemCollection)claim.Collection, claim.Position), held);
            }

            number++;
        }

        search.Renumber(numbers);
    }

    public void Dispose()
    {
        _texts.Dispose();
        _claims.Dispose();
        _links.Dispose();
        _ids.Dispose();
    }

    /// <summary>Points each link at the claim that first used its target id, where the ids (not only their fingerprints) are equal.</summary>
    private void Resolve(CancellationToken cancellationToken)
    {
        // The claims whose id has the fingerprint at hand: one, unless ids collide.
        var claims = new List<(long Number, string Id)>();
        ulong? fingerprint = null;
        foreach (var entry in _ids.Sorted(cancellationToken))
        {
            if (entry.Fingerprint != fingerprint)
            {
                fingerprint = entry.Fingerprint;
                claims.Clear();
            }

            if (!entry.IsLink)
            {
                claims.Add((entry.Number, ReadText(_claims.Read(entry.Number).Id)!));
                continue;
            }

            if (claims.Count == 0)
            {
                continue;
            }

            var link = _links.Read(entry.Number);
            var target = ReadText(link.Target);
            foreach (var (number, id) in claims)
            {
                if (id == target)
                {
                    _links.Write(entry.Number, link with { To = number });
                    break;
                }
            }
        }
    }

    /// <summary>The claims that cannot reach a circle, one bit each, struck off in passes until a pass strikes off none.</summary>
    private ulong[] StrikeOff(CancellationToken cancellationToken)
    {
        var count = _claims.Count;
        var struckOff = new ulong[(count + 63) / 64];
        var left = count;
        var backward = false;
        for (var changed = true; changed && left > 0; backward = !backward)
        {
            cancellationToken.ThrowIfCancellationRequested();
            changed = false;
            using var links = _links.InOrder(backward).GetEnumerator();
            var number = backward ? count : -1;
            foreach (var claim in _claims.InOrder(backward))
            {
                number += backward ? -1 : 1;
                var leads = false;
                for (var i = 0; i < claim.LinkCount && links.MoveNext(); i++)
                {
                    leads |= links.Current.To >= 0 && !IsSet(struckOff, links.Current.To);
                }

                if (!leads && !IsSet(struckOff, number))
                {
                    struckOff[number / 64] |= 1UL << (int)(number % 64);
                    (left, changed) = (left - 1, true);
                }
            }
        }

        return struckOff;
    }

    private static bool IsSet(ulong[] bits, long number) => (bits[number / 64] & (1UL << (int)(number % 64))) != 0;

    private long WriteText(string? text)
    {
        if (text is null)
        {
            return NoText;
        }

        var offset = _textBytes;
        var length = text.Length;
        _texts.Position = offset;
        _texts.Write(MemoryMarshal.AsBytes(new ReadOnlySpan<int>(ref length)));
        _texts.Write(MemoryMarshal.AsBytes(text.AsSpan()));
        _textBytes = _texts.Position;
        return offset;
    }

    private string? ReadText(long offset)
    {
        if (offset == NoText)
        {
            return null;
        }

        var length = 0;
        _texts.Position = offset;
        _texts.ReadExactly(MemoryMarshal.AsBytes(new Span<int>(ref length)));
        return string.Create(length, _texts, static (chars, texts) => texts.ReadExactly(MemoryMarshal.AsBytes(chars)));
    }

    /// <summary>A claim with links: where its id is among the ids, where the claim is, and how many links follow in the links' file.</summary>
    private readonly record struct ClaimRecord(long Id, long Position, int Collection, int LinkCount);

    /// <summary>A link: where its target's id is among the ids, the claim it leads to by number (-1: none), its index among its claim's links.</summary>
    private readonly record struct LinkRecord(long Target, long To, int Link);

    /// <summary>An id's fingerprint, of a claim (first) or of a link's target, with the claim's or link's number.</summary>
    private readonly record struct IdEntry : IComparable<IdEntry>
    {
        private const long LinkBit = 1L << 62;
        private readonly long _tag;

        public IdEntry(ulong fingerprint, bool link, long number) => (Fingerprint, _tag) = (fingerprint, (link ? LinkBit : 0) | number);

        public ulong Fingerprint { get; }

        public bool IsLink => (_tag & LinkBit) != 0;

        public long Number => _tag & (LinkBit - 1);

        public int CompareTo(IdEntry other)
        {
            var byId = Fingerprint.CompareTo(other.Fingerprint);
            return byId != 0 ? byId : _tag.CompareTo(other._tag);
        }
    }
}
