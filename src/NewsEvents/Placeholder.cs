namespace NewsEvents; internal static class Placeholder { }
