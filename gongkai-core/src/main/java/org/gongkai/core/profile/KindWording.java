package org.gongkai.core.profile;

import java.util.Map;
import java.util.Set;

/**
 * How a layout prints a document of one kind (部门 or 单位) where it differs from the word "{kind}"
 * stands for: the word its table titles print ("2025年预算单位财务收支预算总表"), with exceptions by
 * table id ("2025年单位“三公”经费和机关运行经费预算表"), and the parts and 情况说明 topics a document of
 * that kind does not have (a 单位 document has no 项目经费情况说明).
 *
 * @param tableWord   the word table titles print for "{kind}"; null for the kind's own label
 * @param tableWords  exceptions by table id
 * @param omitParts   the document parts a document of this kind leaves out
 * @param omitTopics  the 情况说明 topics a document of this kind leaves out
 */
public record KindWording(String tableWord, Map<String, String> tableWords, Set<DocumentPart.Kind> omitParts,
        Set<NarrativeTopic> omitTopics) {

    public KindWording {
        tableWords = tableWords == null ? Map.of() : Map.copyOf(tableWords);
        omitParts = omitParts == null ? Set.of() : Set.copyOf(omitParts);
        omitTopics = omitTopics == null ? Set.of() : Set.copyOf(omitTopics);
    }

    /** The word the table prints for "{kind}", or null when it prints the kind's own label. */
    String tableWord(String tableId) {
        return tableWords.getOrDefault(tableId, tableWord);
    }
}
