// A small, non-variadic C interface to libedit's native API (histedit.h), which Swift cannot
// call directly because el_set, el_get and history are variadic.
#ifndef SMA_CEDITLINE_H
#define SMA_CEDITLINE_H

#include <stdio.h>

typedef struct sma_editor sma_editor;

/// Called for Tab with the line (UTF-8) and the cursor as a byte offset. It returns, in
/// *replace_from, the byte offset where the completed word starts; and it fills `out` with
/// candidates (malloc'd strings, at most max) and returns how many it filled.
typedef int (*sma_complete_fn)(const char *line, int cursor, int *replace_from, char **out, int max);

/// Creates an editor reading `in` and drawing on `out` (standard error, so that the prompt never
/// mixes with results on standard output). Reads ~/.editrc. NULL on failure.
sma_editor *sma_editor_new(const char *program, FILE *in, FILE *out, FILE *err, int history_size);
void sma_editor_free(sma_editor *e);

/// Sets the prompt shown by the next sma_editor_gets.
void sma_editor_set_prompt(sma_editor *e, const char *prompt);
/// Sets the completion callback (bound to Tab).
void sma_editor_set_completer(sma_editor *e, sma_complete_fn fn);

/// Reads one line. Returns the line (owned by the editor, valid until the next call) and sets
/// *count to its length; NULL with *count 0 at end of input, -1 on a signal or a read error
/// (the terminal is gone), -2 when Ctrl-C was pressed while editing.
const char *sma_editor_gets(sma_editor *e, int *count);

/// Adds an entry to the in-memory history (consecutive duplicates are dropped).
void sma_editor_history_add(sma_editor *e, const char *entry);

/// Resets the terminal and the line (after Ctrl-C).
void sma_editor_reset(sma_editor *e);

#endif
