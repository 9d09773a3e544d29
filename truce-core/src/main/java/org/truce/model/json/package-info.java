/** The JSON interchange form of agreements (docs/json.md). */
package org.truce.model.json;
