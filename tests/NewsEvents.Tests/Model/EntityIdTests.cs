using NewsEvents.Tests.TestSupport;

namespace NewsEvents.Tests.Model;

/// <summary>The rules every identifier type shares.</summary>
public class EntityIdTests
{
    public static TheoryData<string> IdTypes => ["ActorId", "DocumentId", "EventId", "StatementId", "ClaimId", "RelationId", "DatasetId"];

    private static object Create(string type, string value) => type switch
    {
        "ActorId" => new ActorId(value),
        "DocumentId" => new DocumentId(value),
        "EventId" => new EventId(value),
        "StatementId" => new StatementId(value),
        "ClaimId" => new ClaimId(value),
        "RelationId" => new RelationId(value),
        _ => new DatasetId(value),
    };

    private static object CreateGeneric(string type, string value) => type switch
    {
        "ActorId" => Make<ActorId>(value),
        "DocumentId" => Make<DocumentId>(value),
        "EventId" => Make<EventId>(value),
        "StatementId" => Make<StatementId>(value),
        "ClaimId" => Make<ClaimId>(value),
        "RelationId" => Make<RelationId>(value),
        _ => Make<DatasetId>(value),
    };

    private static T Make<T>(string value)
        where T : struct, IEntityId<T> => T.Create(value);

    [Theory]
    [MemberData(nameof(IdTypes))]
    public void Valid_ids_keep_their_text(string type)
    {
        foreach (var value in new[] { "a", "046", "événement-1", "東京:2020/01", "😀", new string('x', 256) })
        {
            var id = Create(type, value);
            id.ToString().Should().Be(value);
            id.Should().Be(CreateGeneric(type, value));
        }
    }

    [Theory]
    [MemberData(nameof(IdTypes))]
    public void Bad_ids_are_rejected_with_the_rule(string type)
    {
        Rejects(type, "", "must not be empty");
        Rejects(type, new string('x', 257), "at most 256 characters long, not 257");
        Rejects(type, " ", "white space");
        Rejects(type, "a b", "white space");
        Rejects(type, "a\tb", "white space");
        Rejects(type, "a\u00a0b", "white space");
        Rejects(type, "a\u0001b", "control characters");
        Rejects(type, "a\ud800", "well-formed");
        Rejects(type, "\udc00a", "well-formed");
        FluentActions.Invoking(() => Create(type, null!)).Should().Throw<ArgumentException>().WithMessage("*must not be empty*");
    }

    [Fact]
    public void The_message_names_the_kind_of_id()
    {
        FluentActions.Invoking(() => new ActorId("")).Should().Throw<ArgumentException>().WithMessage("An actor id must not be empty.*");
        FluentActions.Invoking(() => new EventId("a b")).Should().Throw<ArgumentException>().WithMessage("An event id must not contain white space*");
        FluentActions.Invoking(() => new ClaimId("")).Should().Throw<ArgumentException>().WithMessage("A claim id must not be empty.*");
    }

    [Fact]
    public void A_default_id_has_no_value_and_prints_as_empty()
    {
        default(ActorId).Value.Should().BeNull();
        default(ActorId).ToString().Should().BeEmpty();
        default(ActorId).Should().NotBe(new ActorId("a"));
    }

    [Fact]
    public void Ids_compare_ordinally()
    {
        new ActorId("a").Should().NotBe(new ActorId("A"));
        new ActorId("e\u0301").Should().NotBe(new ActorId("é"), "no normalization: ids are compared as written");
    }

    private static void Rejects(string type, string value, string fragment)
    {
        FluentActions.Invoking(() => Create(type, value)).Should().ThrowExactly<ArgumentException>().Which.Message.Should().Contain(fragment);
        FluentActions.Invoking(() => CreateGeneric(type, value)).Should().ThrowExactly<ArgumentException>().Which.Message.Should().Contain(fragment);
    }

    [Theory]
    [MemberData(nameof(IdTypes))]
    public void Ids_are_ordered_ordinally_with_default_first(string type)
    {
        Action verify = type switch
        {
            "ActorId" => VerifyOrder<ActorId>,
            "DocumentId" => VerifyOrder<DocumentId>,
            "EventId" => VerifyOrder<EventId>,
            "StatementId" => VerifyOrder<StatementId>,
            "ClaimId" => VerifyOrder<ClaimId>,
            "RelationId" => VerifyOrder<RelationId>,
            _ => VerifyOrder<DatasetId>,
        };

        verify();
    }

    private static void VerifyOrder<T>()
        where T : struct, IEntityId<T>
    {
        // Ordinal: capitals before small letters, a prefix before its extensions, culture never consulted.
        T[] ascending = [default, T.Create("B"), T.Create("a"), T.Create("ab"), T.Create("b"), T.Create("é")];
        OrderContract.Verify(ascending, id => id);
    }

    [Fact]
    public void Id_operators_follow_the_ordinal_order()
    {
        var (upper, lower) = (new EventId("B"), new EventId("a"));

        (upper < lower).Should().BeTrue();
        (upper <= lower).Should().BeTrue();
        (lower > upper).Should().BeTrue();
        (lower >= upper).Should().BeTrue();
        (upper >= lower).Should().BeFalse();
        (lower <= new EventId("a")).Should().BeTrue();
        new[] { "c", "B", "a" }.Select(v => new ClaimId(v)).Order().Select(c => c.Value).Should().Equal("B", "a", "c");
    }
}
