"""Work that spans the facade and the file formats, shared by the command line and the UI."""
