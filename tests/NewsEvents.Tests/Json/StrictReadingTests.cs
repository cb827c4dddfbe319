using System.Text;
using NewsEvents.Tests.TestSupport;
using NewsEvents.Validation;
using static NewsEvents.Tests.Json.HostileJson;

namespace NewsEvents.Tests.Json;

/// <summary>Strict reading: each rule with a hostile example, rejected with the path (and line) of the problem.</summary>
public class StrictReadingTests
{
    /// <summary>name → (json, path, zero-based line of <see cref="Valid"/> or -1 when not asserted, fragment of the message).</summary>
    internal static readonly Dictionary<string, (string Json, string Path, int Line, string Fragment)> Cases = new()
    {
        ["duplicate top-level property"] = (Replace("\"id\": \"ds\",", "\"id\": \"ds\", \"id\": \"ds2\","), "$.id", 2, "'id' of a dataset appears more than once"),
        ["duplicate nested property"] = (Replace("\"name\": \"Libya\"", "\"name\": \"Libya\", \"name\": \"Libya\""), "$.actors[1].name", 8, "'name' of an actor appears more than once"),
        ["duplicate evidence property"] = (Replace("\"start\": 2,", "\"start\": 2, \"start\": 2,"), "$.actors[0].evidence[0].start", 7, "appears more than once"),
        ["duplicate time property"] = (Replace("\"value\": \"2020-01\",", "\"value\": \"2020-01\", \"value\": \"2020-01\","), "$.events[0].time.value", 11, "more than once"),
        ["unknown top-level property"] = (Replace("\"id\": \"ds\",", "\"id\": \"ds\", \"extra\": 1,"), "$.extra", 2, "'extra'"),
        ["unknown nested property"] = (Replace("\"name\": \"Libya\"", "\"name\": \"Libya\", \"nickname\": \"L\""), "$.actors[1].nickname", 8, "'nickname'"),
        ["unknown code property"] = (Replace("\"value\": \"046\"", "\"value\": \"046\", \"label\": \"x\""), "$.actors[0].codes[0].label", 7, "'label'"),
        ["missing dataset id"] = (Replace("\"id\": \"ds\",", ""), "$", -1, "'id'"),
        ["missing schemaVersion"] = (Replace("\"schemaVersion\": \"1.0\",", ""), "$", -1, "'schemaVersion'"),
        ["missing actor id"] = (Replace("{ \"id\": \"a1\", ", "{ "), "$.actors[1]", 8, "'id'"),
        ["missing kind"] = (Replace("\"kind\": \"state\", ", ""), "$.actors[1]", 8, "'kind'"),
        ["missing name"] = (Replace(", \"name\": \"Libya\"", ""), "$.actors[1]", 8, "'name'"),
        ["missing type"] = (Replace("\"type\": \"meeting\", ", ""), "$.events[0]", 11, "'type'"),
        ["missing status"] = (Replace("\"status\": \"occurred\", ", ""), "$.events[0]", 11, "'status'"),
        ["missing role"] = (Replace(", \"role\": \"host\"", ""), "$.events[0].participants[0]", 11, "'role'"),
        ["missing speaker"] = (Replace("\"speaker\": \"a0\", ", ""), "$.statements[0]", 14, "'speaker'"),
        ["missing claim about"] = (Replace(", \"about\": { \"events\": [ \"e0\" ] }", ""), "$.claims[0]", -1, "'about'"),
        ["missing evidence end"] = (Replace("\"end\": 8, ", ""), "$.actors[0].evidence[0]", 7, "'end'"),
        ["missing time value"] = (Replace("\"value\": \"2020-01\", ", ""), "$.events[0].time", 11, "'value'"),
        ["missing quantity kind"] = (Replace("\"kind\": \"killed\", ", ""), "$.events[0].quantities[0]", 11, "'kind'"),
        ["null required text"] = (Replace("\"name\": \"Libya\"", "\"name\": null"), "$.actors[1].name", 8, "null"),
        ["null schemaVersion"] = (Replace("\"schemaVersion\": \"1.0\"", "\"schemaVersion\": null"), "$.schemaVersion", 1, "null"),
        ["null list"] = (Replace("\"participants\": [ { \"actor\": \"a0\", \"role\": \"host\" } ]", "\"participants\": null"), "$.events[0].participants", 11, "must be a JSON array, not null"),
        ["null text list"] = (Replace("\"name\": \"Libya\"", "\"name\": \"Libya\", \"aliases\": null"), "$.actors[1].aliases", 8, "not null"),
        ["null text list item"] = (Replace("\"name\": \"Libya\"", "\"name\": \"Libya\", \"aliases\": [null]"), "$.actors[1].aliases[0]", 8, "must not be null"),
        ["null id list item"] = (Replace("\"events\": [ \"e0\" ]", "\"events\": [ null ]"), "$.claims[0].about.events[0]", 17, "must not be null"),
        ["attribute name without a prefix"] = (Replace("\"name\": \"Libya\"", "\"name\": \"Libya\", \"attributes\": { \"GoldsteinScale\": 1 }"), "$.actors[1].attributes.GoldsteinScale", 8, "must be a prefix, a colon and a name"),
        ["attribute name with a space"] = (Replace("\"name\": \"Libya\"", "\"name\": \"Libya\", \"attributes\": { \"gdelt:Goldstein Scale\": 1 }"), "$.actors[1].attributes['gdelt:Goldstein Scale']", 8, "not 'gdelt:Goldstein Scale'"),
        ["attribute named twice"] = (Replace("\"target\": \"a1\"", "\"target\": \"a1\", \"attributes\": { \"gdelt:A\": 1, \"gdelt:A\": 2 }"), "$.relations[0].attributes['gdelt:A']", 20, "appears more than once"),
        ["null attribute value"] = (Replace("\"content\": \"We will continue\"", "\"content\": \"We will continue\", \"attributes\": { \"gdelt:A\": null }"), "$.statements[0].attributes['gdelt:A']", 14, "must be a string, a number, true or false (a source attribute holds one JSON scalar), not null"),
        ["object attribute value"] = (Replace("\"status\": \"occurred\",", "\"status\": \"occurred\", \"attributes\": { \"gdelt:A\": { \"x\": 1 } },"), "$.events[0].attributes['gdelt:A']", 11, "not an object"),
        ["attributes not an object"] = (Replace("\"certainty\": \"certain\",", "\"certainty\": \"certain\", \"attributes\": [ 1 ],"), "$.claims[0].attributes", 17, "must be a JSON object of source attributes"),
        ["lone surrogate in an attribute"] = (Replace("\"quote\": \"Haftar\"", "\"quote\": \"Haftar\", \"attributes\": { \"gdelt:A\": \"\\uD800\" }"), "$.actors[0].evidence[0].attributes['gdelt:A']", 7, "well-formed"),
        ["null object list item"] = (Replace("{ \"id\": \"a1\", \"kind\": \"state\", \"name\": \"Libya\" }", "null"), "$.actors[1]", -1, "Item 1 of 'actors' of a dataset must not be null"),
        ["null participant"] = (Replace("\"participants\": [ { \"actor\": \"a0\", \"role\": \"host\" } ]", "\"participants\": [ null ]"), "$.events[0].participants[0]", -1, "Item 0 of 'participants' of an event must not be null"),
        ["null about"] = (Replace("\"about\": { \"events\": [ \"e0\" ] }", "\"about\": null"), "$.claims[0].about", 17, "null"),
        ["null quote"] = (Replace("\"quote\": \"Haftar\"", "\"quote\": null"), "$.actors[0].evidence[0].quote", 7, "must be a string, not null"),
        ["enum as number"] = (Replace("\"kind\": \"state\"", "\"kind\": 4"), "$.actors[1].kind", 8, "must be one of: person, organization"),
        ["enum in another case"] = (Replace("\"kind\": \"state\"", "\"kind\": \"State\""), "$.actors[1].kind", 8, "not 'State'"),
        ["enum of unknown name"] = (Replace("\"kind\": \"state\"", "\"kind\": \"planet\""), "$.actors[1].kind", 8, "'planet'"),
        ["enum as numeric string"] = (Replace("\"kind\": \"state\"", "\"kind\": \"4\""), "$.actors[1].kind", 8, "'4'"),
        ["event status in PascalCase"] = (Replace("\"status\": \"occurred\"", "\"status\": \"Occurred\""), "$.events[0].status", 11, "'status' of an event must be one of: occurred"),
        ["CAMEO code as a number with a leading zero"] = (Replace("\"value\": \"046\"", "\"value\": 046"), "$.actors[0].codes[0].value", 7, "leading zero"),
        ["CAMEO code as a number"] = (Replace("\"value\": \"046\"", "\"value\": 46"), "$.actors[0].codes[0].value", 7, "must be a string"),
        ["malformed CAMEO code"] = (Replace("\"value\": \"046\"", "\"value\": \"46a\""), "$.actors[0].codes[0]", 7, "'46a' is not a well-formed cameo code"),
        ["too long CAMEO code"] = (Replace("\"value\": \"046\"", "\"value\": \"04621\""), "$.actors[0].codes[0]", 7, "'04621'"),
        ["unknown code scheme"] = (Replace("\"scheme\": \"cameo\"", "\"scheme\": \"CAMEO\""), "$.actors[0].codes[0].scheme", 7, "not 'CAMEO'"),
        ["escaped lone surrogate"] = (Replace("\"name\": \"Libya\"", "\"name\": \"Li\\ud800bya\""), "$.actors[1].name", 8, "must be well-formed Unicode text"),
        ["escaped lone low surrogate in text"] = (Replace("\"text\": \"😀 Haftar left.\"", "\"text\": \"\\udc00 Haftar left.\""), "$.documents[0].text", 4, ""),
        ["escaped lone surrogate in an id"] = (Replace("\"id\": \"a1\"", "\"id\": \"a\\ud800\""), "$.actors[1].id", 8, ""),
        ["escaped lone surrogate in a quote"] = (Replace("\"quote\": \"Haftar\"", "\"quote\": \"Hafta\\ud800\""), "$.actors[0].evidence[0].quote", 7, "'quote' of an evidence span must be well-formed Unicode text"),
        ["escaped lone surrogate in a time expression"] = (Replace("\"zone\": \"Europe/Moscow\"", "\"expression\": \"\\ud800\""), "$.events[0].time.expression", 11, "lone surrogate"),
        ["trailing comma in an object"] = (Replace("\"name\": \"Libya\"", "\"name\": \"Libya\","), "$.actors[1]", 8, "trailing comma"),
        ["trailing comma in an array"] = (Replace("\"events\": [ \"e0\" ]", "\"events\": [ \"e0\", ]"), "$.claims[0].about.events", 17, "trailing comma"),
        ["line comment"] = (Replace("\"id\": \"ds\",", "\"id\": \"ds\", // comment\n"), "$", 2, "'/'"),
        ["block comment"] = (Replace("\"id\": \"ds\",", "\"id\": \"ds\", /* comment */"), "$", 2, "'/'"),
        ["reversed evidence span"] = (Replace("\"start\": 2, \"end\": 8, \"quote\": \"Haftar\"", "\"start\": 8, \"end\": 2"), "$.actors[0].evidence[0]", 7, "'end' (2) must not be before 'start' (8)"),
        ["negative evidence start"] = (Replace("\"start\": 2, \"end\": 8, \"quote\": \"Haftar\"", "\"start\": -1, \"end\": 2"), "$.actors[0].evidence[0].start", 7, "'start' of an evidence span must be a whole number"),
        ["fractional evidence offset"] = (Replace("\"end\": 8,", "\"end\": 8.0,"), "$.actors[0].evidence[0].end", 7, "'end' of an evidence span must be a whole number"),
        ["evidence offset beyond int"] = (Replace("\"start\": 2,", "\"start\": 99999999999,"), "$.actors[0].evidence[0].start", 7, "'start'"),
        ["bad country code"] = (Replace("\"country\": \"LY\"", "\"country\": \"Libya\""), "$.actors[0].country", 7, "ISO 3166-1 alpha-2"),
        ["lower-case country code"] = (Replace("\"country\": \"LY\"", "\"country\": \"ly\""), "$.actors[0].country", 7, "not 'ly'"),
        ["relative URL"] = (Replace("\"url\": \"https://example.org/a\"", "\"url\": \"example.org/a\""), "$.documents[0].url", 4, "absolute http or https URL"),
        ["FTP URL"] = (Replace("\"url\": \"https://example.org/a\"", "\"url\": \"ftp://example.org/a\""), "$.documents[0].url", 4, "not 'ftp://example.org/a'"),
        ["bad language tag"] = (Replace("\"language\": \"en\"", "\"language\": \"english language\""), "$.documents[0].language", 4, "BCP 47"),
        ["one-letter language"] = (Replace("\"language\": \"en\"", "\"language\": \"e\""), "$.documents[0].language", 4, "not 'e'"),
        ["blank name"] = (Replace("\"name\": \"Libya\"", "\"name\": \"  \""), "$.actors[1].name", 8, "must not be empty or white space"),
        ["empty id"] = (Replace("\"id\": \"a1\"", "\"id\": \"\""), "$.actors[1].id", 8, "An identifier must not be empty"),
        ["id with a space"] = (Replace("\"id\": \"a1\"", "\"id\": \"a 1\""), "$.actors[1].id", 8, "white space"),
        ["id as a number"] = (Replace("\"id\": \"a1\"", "\"id\": 1"), "$.actors[1].id", 8, "must be a JSON string"),
        ["unknown time zone"] = (Replace("\"zone\": \"Europe/Moscow\"", "\"zone\": \"Mars/Olympus\""), "$.events[0].time.zone", 11, "'Mars/Olympus'"),
        ["malformed time"] = (Replace("\"value\": \"2020-01\",", "\"value\": \"2020-13\","), "$.events[0].time.value", 11, "'2020-13'"),
        ["time as a string"] = (Replace("\"time\": { \"value\": \"2020-01\", \"zone\": \"Europe/Moscow\" }", "\"time\": \"2020-01\""), "$.events[0].time", 11, "JSON object"),
        ["quantity with neither value nor range"] = (Replace("\"value\": 12.50, ", ""), "$.events[0].quantities[0]", 11, "needs a value or a range"),
        ["quantity with both value and range"] = (Replace("\"value\": 12.50,", "\"value\": 12.50, \"min\": 1,"), "$.events[0].quantities[0]", 11, "not both"),
        ["quantity as a string"] = (Replace("\"value\": 12.50,", "\"value\": \"12.50\","), "$.events[0].quantities[0].value", 11, "must be a number"),
        ["quantity range reversed"] = (Replace("\"value\": 12.50,", "\"min\": 5, \"max\": 1,"), "$.events[0].quantities[0]", 11, "must not exceed"),
        ["latitude out of range"] = (Replace("\"latitude\": 55.75", "\"latitude\": 95.75"), "$.events[0].place.coordinates", 11, "'latitude' must lie between -90 and 90"),
        ["longitude as a string"] = (Replace("\"longitude\": 37.62", "\"longitude\": \"37.62\""), "$.events[0].place.coordinates.longitude", 11, "'longitude' of the coordinates must be a number"),
        ["missing longitude"] = (Replace(", \"longitude\": 37.62", ""), "$.events[0].place.coordinates", 11, "'longitude'"),
        ["quantity beyond decimal"] = (Replace("\"value\": 12.50,", "\"value\": 1e400,"), "$.events[0].quantities[0].value", 11, "is 1e400, beyond what a quantity holds"),
        ["boolean for a number"] = (Replace("\"end\": 8,", "\"end\": true,"), "$.actors[0].evidence[0].end", 7, "'end'"),
        ["object for a string"] = (Replace("\"content\": \"We will continue\"", "\"content\": { }"), "$.statements[0].content", 14, "must be a string"),
        ["array for an object"] = (Replace("\"about\": { \"events\": [ \"e0\" ] }", "\"about\": [ ]"), "$.claims[0].about", 17, ""),
        ["schemaVersion as a number"] = (Replace("\"schemaVersion\": \"1.0\"", "\"schemaVersion\": 1.0"), "$.schemaVersion", 1, ""),
        ["truncated JSON"] = (Valid[..300], "$.actors[0]", 7, ""),
        ["truncated after the last brace"] = (Valid.TrimEnd()[..^1], "$", -1, ""),
        ["empty input"] = ("", "$", 0, "does not contain any JSON tokens"),
        ["white space only"] = ("  \n ", "$", 1, "does not contain any JSON tokens"),
        ["top-level array"] = ("[]", "$", 0, "A dataset must be a JSON object, not an array"),
        ["top-level null"] = ("null", "$", 0, "not null"),
        ["top-level string"] = ("\"dataset\"", "$", 0, "A dataset must be a JSON object, not a string"),
        ["two datasets"] = (Valid + Valid, "$", -1, ""),
        ["garbage after the dataset"] = (Valid + " x", "$", -1, ""),
        ["single quotes"] = (Replace("\"id\": \"ds\"", "'id': 'ds'"), "$", 2, ""),
    };

    public static TheoryData<string> CaseNames => [.. Cases.Keys];

    [Fact]
    public void The_valid_example_is_valid() => NewsEventsJson.Deserialize(Valid).Actors.Should().HaveCount(2);

    [Theory]
    [MemberData(nameof(CaseNames))]
    public void Hostile_input_is_rejected_at_its_path(string name)
    {
        var (json, path, line, fragment) = Cases[name];

        var thrown = Reject.Json(json);

        thrown.Path.Should().Be(path);
        thrown.Violations[0].Path.Should().Be(path);
        if (line >= 0)
        {
            thrown.LineNumber.Should().Be(line + 1, "the line of the problem, counted from 1 as in the message");
            thrown.Message.Should().Contain($"line {line + 1}");
        }

        if (fragment.Length > 0)
        {
            thrown.Message.Should().Contain(fragment);
        }

        thrown.Should().BeAssignableTo<System.Text.Json.JsonException>();
    }

    [Fact]
    public void Nesting_deeper_than_64_is_rejected()
    {
        var deep = new string('[', 70) + new string(']', 70);
        Reject.Json($"{{\"schemaVersion\":\"1.0\",\"id\":\"x\",\"title\":{deep}}}").Path.Should().Be("$.title");
        Reject.Json($"{{\"schemaVersion\":\"1.0\",\"id\":\"x\",\"extra\":{deep}}}");
        var thrown = Reject.Json($"{{\"schemaVersion\":\"1.2\",\"id\":\"x\",\"extra\":{deep}}}", new NewsEventsReaderOptions { AllowNewerMinorVersion = true });
        thrown.Message.Should().Contain("depth of 64");
        Reject.Json(new string('[', 100_000));
        Reject.Json(new string('{', 1000));
    }

    [Fact]
    public void Nesting_of_exactly_the_formats_depth_is_read()
    {
        // The format's deepest objects (a time value inside a statement inside the dataset) are far from 64.
        NewsEventsJson.Deserialize(Valid).Events[0].Time!.ToString("V", null).Should().Be("2020-01");
    }

    [Fact]
    public void Unknown_major_version_is_rejected_even_when_newer_minors_are_allowed()
    {
        foreach (var options in new[] { NewsEventsReaderOptions.Default, new NewsEventsReaderOptions { AllowNewerMinorVersion = true } })
        {
            var thrown = Reject.Json(Replace("\"schemaVersion\": \"1.0\"", "\"schemaVersion\": \"2.0\""), options);
            thrown.Path.Should().Be("$.schemaVersion");
            thrown.Violations.Should().ContainSingle().Which.Kind.Should().Be(ViolationKind.UnsupportedSchemaVersion);
            thrown.Message.Should().Contain("2.0");
        }

        Reject.Json("{\"schemaVersion\":\"0.9\",\"id\":\"x\"}").Violations[0].Kind.Should().Be(ViolationKind.UnsupportedSchemaVersion);
    }

    [Fact]
    public void The_version_explains_a_failure_better_than_the_unknown_member_it_brought()
    {
        var thrown = Reject.Json("{\"id\":\"x\",\"newMember\":1,\"schemaVersion\":\"2.0\"}");

        thrown.Path.Should().Be("$.schemaVersion");
        thrown.Violations[0].Kind.Should().Be(ViolationKind.UnsupportedSchemaVersion);
    }

    [Theory]
    [InlineData("1")]
    [InlineData("v1.0")]
    [InlineData("1.0.0")]
    [InlineData("1.")]
    [InlineData(".1")]
    [InlineData("")]
    [InlineData("１.０")]
    public void Malformed_schemaVersion_is_rejected(string version)
    {
        var thrown = Reject.Json(Replace("\"schemaVersion\": \"1.0\"", $"\"schemaVersion\": \"{version}\""));

        thrown.Path.Should().Be("$.schemaVersion");
    }

    [Fact]
    public void A_newer_minor_version_is_rejected_by_default()
    {
        var thrown = Reject.Json(Newer());

        thrown.Path.Should().Be("$.schemaVersion");
        thrown.Violations.Should().ContainSingle().Which.Kind.Should().Be(ViolationKind.UnsupportedSchemaVersion);
        thrown.Message.Should().Contain("AllowNewerMinorVersion");
    }

    [Fact]
    public void A_newer_minor_version_is_read_on_request_with_each_unknown_property_reported()
    {
        var warnings = new List<Violation>();
        var options = new NewsEventsReaderOptions { AllowNewerMinorVersion = true, Warning = warnings.Add };

        var dataset = NewsEventsJson.Deserialize(Newer(), options);

        warnings.Select(w => w.Path).Should().BeEquivalentTo(
            ["$.generator", "$.actors[1].nickname", "$.events[0].time.calendar", "$.events[0].participants[0].weight", "$.claims[0].about.places", "$.actors[0].evidence[0].selector"]);
        warnings.Should().OnlyContain(w => w.Kind == ViolationKind.UnknownProperty && w.Message.Contains("ignored", StringComparison.Ordinal));

        var known = NewsEventsJson.Deserialize(Valid);
        dataset.SchemaVersion.Should().Be("1.2");
        (dataset with { SchemaVersion = "1.0" }).Should().Be(known, "everything the reader knows is kept");
    }

    [Fact]
    public void A_newer_minor_version_is_still_strict_about_what_the_reader_knows()
    {
        var options = new NewsEventsReaderOptions { AllowNewerMinorVersion = true };
        var newer = Replace("\"schemaVersion\": \"1.0\"", "\"schemaVersion\": \"1.2\"");

        Reject.Json(newer.Replace("\"kind\": \"state\"", "\"kind\": \"planet\"", StringComparison.Ordinal), options).Path.Should().Be("$.actors[1].kind");
        Reject.Json(newer.Replace("\"id\": \"ds\",", "\"id\": \"ds\", \"id\": \"ds\",", StringComparison.Ordinal), options);
        Reject.Json(newer.Replace("\"target\": \"a1\"", "\"target\": \"nobody\"", StringComparison.Ordinal), options).Path.Should().Be("$.relations[0].target");
        Reject.Json(newer.Replace(", \"name\": \"Libya\"", "", StringComparison.Ordinal), options).Message.Should().Contain("'name'");
        Reject.Json("{\"schemaVersion\":\"1.2\",\"id\":\"x\",\"actors\":[null]}", options).Path.Should().Be("$.actors[0]");
    }

    [Theory]
    [InlineData("{\"schemaVersion\":\"1.2\",\"id\":\"x\",\"\\ud800\":1}", "$")]
    [InlineData("{\"schemaVersion\":\"1.2\",\"id\":\"x\",\"title\":\"\\ud800\"}", "$.title")]
    [InlineData("{\"schemaVersion\":\"1.2\",\"id\":\"x\",\"metadata\":{\"coded\":{\"value\":\"2020\",\"\\udc00\":1}}}", "$.metadata.coded")]
    [InlineData("{\"schemaVersion\":\"1.2\",\"id\":\"x\",\"actors\":[{\"id\":\"a\",\"kind\":\"person\",\"name\":\"n\",\"\\ud800x\":1}]}", "$.actors[0]")]
    public void A_newer_minor_version_with_a_lone_surrogate_is_rejected_with_the_format_exception(string json, string path)
    {
        var thrown = Reject.Json(json, new NewsEventsReaderOptions { AllowNewerMinorVersion = true });

        thrown.Path.Should().Be(path, "where the text is");
        thrown.Message.Should().Contain("lone surrogate");
    }

    [Fact]
    public void A_newer_minor_version_with_invalid_UTF8_is_rejected_with_the_format_exception()
    {
        var options = new NewsEventsReaderOptions { AllowNewerMinorVersion = true };
        byte[] prefix = Encoding.UTF8.GetBytes("{\"schemaVersion\":\"1.2\",\"id\":\"x\",\"title\":\"a");
        byte[] suffix = Encoding.UTF8.GetBytes("\"}");

        foreach (var bad in new byte[][] { [0xD2], [0xFF], [0xED, 0xA0, 0x80] })
        {
            var thrown = Reject.Bytes([.. prefix, .. bad, .. suffix], options);
            thrown.LineNumber.Should().Be(1);
            thrown.BytePositionInLine.Should().Be(prefix.Length + 1, "the first ill-formed byte (counted from 1), never a silent U+FFFD");
        }

        Reject.Bytes([.. Encoding.UTF8.GetBytes("{\"schemaVersion\":\"1.2\",\"id\":\"x\",\"ignored\":\""), 0xFF, .. suffix], options);

        Reject.Bytes([.. Encoding.UTF8.GetBytes("{\"schemaVersion\":\"1.2\",\"id\":\"x\",\""), 0xC3, .. Encoding.UTF8.GetBytes("\":1}")], options);
    }

    [Fact]
    public void A_newer_minor_version_without_the_option_does_not_call_the_warning()
    {
        var warnings = new List<Violation>();

        Reject.Json(Newer(), new NewsEventsReaderOptions { Warning = warnings.Add });

        warnings.Should().BeEmpty();
    }

    [Fact]
    public void Invalid_UTF8_is_rejected()
    {
        var valid = Encoding.UTF8.GetBytes(Valid);
        var at = Encoding.UTF8.GetBytes(Valid[..Valid.IndexOf("Libya", StringComparison.Ordinal)]).Length;

        foreach (var bad in new byte[][] { [0xC3], [0xFF], [0xED, 0xA0, 0x80], [0xC0, 0xAF], [0xF8, 0x88, 0x80, 0x80, 0x80] })
        {
            var bytes = valid[..at].Concat(bad).Concat(valid[at..]).ToArray();
            var thrown = Reject.Bytes(bytes);
            thrown.Path.Should().Be("$.actors[1].name");
            thrown.LineNumber.Should().Be(9);
        }

        Reject.Bytes([0x7B, 0x22, 0xFF, 0x22, 0x3A, 0x31, 0x7D]);
        Reject.Bytes([0xFF, 0xFE, 0x7B, 0x00, 0x7D, 0x00]);
    }

    [Fact]
    public void A_lone_surrogate_in_a_CSharp_string_is_rejected_not_replaced()
    {
        var thrown = Reject.Json(Replace("\"name\": \"Libya\"", "\"name\": \"Li\ud800bya\""));

        thrown.LineNumber.Should().Be(9);
        thrown.Path.Should().Be(thrown.Violations[0].Path);
        thrown.Message.Should().Contain("lone surrogate");
    }

    [Fact]
    public void An_escaped_surrogate_pair_is_read_as_one_character()
    {
        var dataset = NewsEventsJson.Deserialize(Replace("\"name\": \"Libya\"", "\"name\": \"Libya \\ud83d\\ude00\""));

        dataset.Actors[1].Name.Should().Be("Libya 😀");
    }

    [Fact]
    public void Null_for_an_optional_member_reads_as_absent()
    {
        var dataset = NewsEventsJson.Deserialize(Replace("\"url\": \"https://example.org/a\"", "\"url\": null"));

        dataset.Documents[0].Url.Should().BeNull();
    }

    [Fact]
    public void Offsets_in_JSON_with_an_astral_character_before_them_count_code_points()
    {
        // "😀 Haftar left.": the emoji is one code point, so "Haftar" is 2..8 (UTF-16 3..9).
        var dataset = NewsEventsJson.Deserialize(Valid);

        dataset.Actors[0].Evidence[0].Should().Be(new Evidence(new DocumentId("d0"), 2, 8, "Haftar"));
        var utf16 = Replace("\"start\": 2, \"end\": 8,", "\"start\": 3, \"end\": 9,");
        Reject.Json(utf16).Violations.Should().ContainSingle().Which.Kind.Should().Be(ViolationKind.QuoteMismatch);
    }

    [Fact]
    public void Null_arguments_are_argument_errors_not_format_errors()
    {
        FluentActions.Invoking(() => NewsEventsJson.Deserialize((string)null!)).Should().ThrowExactly<ArgumentNullException>();
        FluentActions.Invoking(() => NewsEventsJson.Deserialize((Stream)null!)).Should().ThrowExactly<ArgumentNullException>();
        FluentActions.Invoking(() => NewsEventsJson.Serialize(null!)).Should().ThrowExactly<ArgumentNullException>();
    }

    private static string Newer() => Replace("\"schemaVersion\": \"1.0\",", "\"schemaVersion\": \"1.2\", \"generator\": { \"name\": \"x\", \"deep\": [1, 2] },")
        .Replace("\"name\": \"Libya\"", "\"name\": \"Libya\", \"nickname\": \"L\"", StringComparison.Ordinal)
        .Replace("\"zone\": \"Europe/Moscow\"", "\"zone\": \"Europe/Moscow\", \"calendar\": \"iso\"", StringComparison.Ordinal)
        .Replace("\"role\": \"host\"", "\"role\": \"host\", \"weight\": 0.5", StringComparison.Ordinal)
        .Replace("\"events\": [ \"e0\" ]", "\"events\": [ \"e0\" ], \"places\": [ \"p0\" ]", StringComparison.Ordinal)
        .Replace("\"quote\": \"Haftar\"", "\"quote\": \"Haftar\", \"selector\": \"TextQuoteSelector\"", StringComparison.Ordinal);
}
