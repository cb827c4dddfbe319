namespace NewsEvents.Validation;

/// <summary>
/// Every id held (<see cref="IdSet"/>, about 50 bytes an id) as the items go by, in one pass; a
/// statement's speaker held as the speaker's number among the actors, so that it costs an int.
/// </summary>
internal sealed class ExactIdBook : IdBook
{
    private const int NoSpeaker = -1;
    private const int LaterSpeaker = -2;

    private readonly IdSet[] _ids = [.. Enum.GetValues<ItemCollection>().Select(_ => new IdSet())];

    // The speaker of each statement, by the statement's number in its IdSet; or one of the two
    // codes above, a speaker not among the actors yet (a stream out of order) being kept by name.
    private readonly List<int> _speakerOf = [];
    private readonly Dictionary<int, string> _laterSpeakers = [];

    public override bool TryDefine(ItemCollection collection, string id, long position, out long first) =>
        _ids[(int)collection].TryAdd(id, position, out first);

    public override bool Contains(ItemCollection collection, string id) => _ids[(int)collection].Contains(id);

    public override void SetSpeaker(string statement, string? speaker)
    {
        var code = speaker is null ? NoSpeaker : _ids[(int)ItemCollection.Actors].IndexOf(speaker);
        if (code < 0 && speaker is not null)
        {
            _laterSpeakers[_speakerOf.Count] = speaker;
            code = LaterSpeaker;
        }

        _speakerOf.Add(code);
    }

    public override bool HasSpeaker(string statement) => _speakerOf[Index(statement)] != NoSpeaker;

    public override bool? Spoke(string statement, string? actor)
    {
        var index = Index(statement);
        var code = _speakerOf[index];
        return code == LaterSpeaker ? _laterSpeakers[index] == actor : _ids[(int)ItemCollection.Actors].IsAt(code, actor);
    }

    public override string SpeakerOf(string statement)
    {
        var index = Index(statement);
        var code = _speakerOf[index];
        return code == LaterSpeaker ? _laterSpeakers[index] : _ids[(int)ItemCollection.Actors].IdAt(code);
    }

    private int Index(string statement) => _ids[(int)ItemCollection.Statements].IndexOf(statement);
}
