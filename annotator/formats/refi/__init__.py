"""REFI-QDA exchange (.qdpx projects, .qde and .qdc files): the model of a project in
transit, its reader, its writer, position conversions and pseudonyms for exports.

Qt-free; may import annotator.model, annotator.messages and the other formats modules.
"""
