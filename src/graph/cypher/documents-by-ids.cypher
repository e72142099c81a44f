// Documents by id, as property maps without the (large) text and its folded copy.
UNWIND $ids AS id
MATCH (d:Document {id: id})
RETURN d {.*, text: null, searchText: null} AS document
