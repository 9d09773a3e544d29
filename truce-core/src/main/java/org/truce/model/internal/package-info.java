/** Name resolution, lowering and the validation checks of the model builder. */
package org.truce.model.internal;
