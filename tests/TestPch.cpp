// The object the per-directory precompiled test header (TestPch.h) is built with.
