using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace NewsEvents.Tests.Model;

/// <summary>The format rules for language tags, checked by example and against their plain definition.</summary>
public class TextRulesTests
{
    [Theory]
    [InlineData("en")]
    [InlineData("ara")]
    [InlineData("en-GB")]
    [InlineData("zh-Hant-TW")]
    [InlineData("de-x-phonebk")]
    [InlineData("sr-Latn-RS-1994")]
    public void Common_BCP_47_tags_are_language_tags(string tag) => TextRules.CheckLanguage(tag, "A language").Should().BeNull();

    [Theory]
    [InlineData("")]
    [InlineData("e")]
    [InlineData("engl")]
    [InlineData("en-")]
    [InlineData("-en")]
    [InlineData("en--GB")]
    [InlineData("en-x")]
    [InlineData("en-abcdefghi")]
    [InlineData("e1")]
    [InlineData("en_GB")]
    [InlineData("en-GB ")]
    public void Malformed_tags_are_refused_with_the_rule(string tag) =>
        TextRules.CheckLanguage(tag, "A language").Should().Contain("BCP 47").And.Contain($"'{tag}'");

    /// <summary>The rule as first written: split on hyphens, then check each part.</summary>
    private static bool IsTagByDefinition(string value)
    {
        var parts = value.Split('-');
        return parts[0].Length is 2 or 3 && parts[0].All(char.IsAsciiLetter)
            && parts.Skip(1).All(p => p.Length is >= 1 and <= 8 && p.All(char.IsAsciiLetterOrDigit))
            && parts[^1].Length != 1;
    }

    [Property(MaxTest = 2000)]
    public Property The_rule_agrees_with_its_definition() =>
        Prop.ForAll(
            Gen.Elements('e', 'n', 'G', 'B', '1', '-', '-', 'x', '_', 'é').ArrayOf().Select(chars => new string(chars)).ToArbitrary(),
            tag => (TextRules.CheckLanguage(tag, "A language") is null).Should().Be(IsTagByDefinition(tag), tag));
}
