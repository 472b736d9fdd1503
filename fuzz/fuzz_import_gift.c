/* fuzz_import_gift.c — libFuzzer target: any bytes through the GIFT importer. Whatever the
 * input, the result is valid UTF-8 JSON that parses, with as many questions as it says. */
#include "import_gift.h"
#include "text.h"
#include <cjson/cJSON.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    ImportResult r;
    if (import_gift((const char *)data, size, "fuzz.gift", &r)) {
        size_t bad, len = strlen(r.json);
        if (!text_utf8_valid(r.json, len, &bad)) __builtin_trap();
        cJSON *root = cJSON_ParseWithLength(r.json, len);
        if (!root) __builtin_trap();
        if ((size_t)cJSON_GetArraySize(cJSON_GetObjectItem(root, "questions")) != r.n_questions)
            __builtin_trap();
        cJSON_Delete(root);
    }
    import_result_free(&r);
    return 0;
}
