// What importing the npm package defines: the widget with its steps, and the confirmation and manage view.
import './elements/civic-booking/define.js';
import './elements/civic-booking-details/define.js';
