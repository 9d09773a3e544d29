/** Jackson configuration, mix-ins and the translation of JSON problems into diagnostics. */
package org.truce.model.json.internal;
